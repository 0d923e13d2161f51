// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type OrderVoucherMerchantAllShop, OrderVoucherMerchantAllShopShape } from './OrderVoucherMerchantAllShop.ts';

/**
 * `OrderVoucherAvailableShop`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query`).
 *
 * @example
 * ```ts
 * const value: OrderVoucherAvailableShop = {};
 * ```
 */
export interface OrderVoucherAvailableShop {
  order_voucher_merchant_all_shop?: OrderVoucherMerchantAllShop;
  real_shop_ids?: string[];
  shop_ids?: string[];
}
export const OrderVoucherAvailableShopShape = (): object => ({ order_voucher_merchant_all_shop: OrderVoucherMerchantAllShopShape, real_shop_ids: [0], shop_ids: [0] });
