// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type OrderVoucherMerchantAllShopResult, OrderVoucherMerchantAllShopResultShape } from './OrderVoucherMerchantAllShopResult.ts';
import { type OrderVoucherRealShopFailInfo, OrderVoucherRealShopFailInfoShape } from './OrderVoucherRealShopFailInfo.ts';
import { type OrderVoucherShopFailInfo, OrderVoucherShopFailInfoShape } from './OrderVoucherShopFailInfo.ts';

/**
 * `OrderVoucherAvailableShopResult`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify`).
 *
 * @example
 * ```ts
 * const value: OrderVoucherAvailableShopResult = {};
 * ```
 */
export interface OrderVoucherAvailableShopResult {
  order_voucher_merchant_all_shop_result?: OrderVoucherMerchantAllShopResult;
  real_shop_fail_infos?: OrderVoucherRealShopFailInfo[];
  shop_fail_infos?: OrderVoucherShopFailInfo[];
  success_real_shop_ids?: string[];
  success_shop_ids?: string[];
}
export const OrderVoucherAvailableShopResultShape = (): object => ({ order_voucher_merchant_all_shop_result: OrderVoucherMerchantAllShopResultShape, real_shop_fail_infos: [OrderVoucherRealShopFailInfoShape], shop_fail_infos: [OrderVoucherShopFailInfoShape], success_real_shop_ids: [0], success_shop_ids: [0] });
