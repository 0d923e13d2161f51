// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `OrderVoucherMerchantAllShop`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query`).
 *
 * @example
 * ```ts
 * const value: OrderVoucherMerchantAllShop = {};
 * ```
 */
export interface OrderVoucherMerchantAllShop {
  exclude_shop_ids?: string[];
}
export const OrderVoucherMerchantAllShopShape = (): object => ({ exclude_shop_ids: [0] });
