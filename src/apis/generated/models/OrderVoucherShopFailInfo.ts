// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `OrderVoucherShopFailInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify`).
 *
 * @example
 * ```ts
 * const value: OrderVoucherShopFailInfo = { fail_message: '…', shop_id: '…' };
 * ```
 */
export interface OrderVoucherShopFailInfo {
  fail_message?: string;
  fail_reasons?: string[];
  shop_id?: string;
}
export const OrderVoucherShopFailInfoShape = (): object => ({ fail_message: 0, fail_reasons: [0], shop_id: 0 });
