// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type OrderVoucherShopFailInfo, OrderVoucherShopFailInfoShape } from './OrderVoucherShopFailInfo.ts';

/**
 * `OrderVoucherMerchantAllShopResult`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify`).
 *
 * @example
 * ```ts
 * const value: OrderVoucherMerchantAllShopResult = {};
 * ```
 */
export interface OrderVoucherMerchantAllShopResult {
  exclude_shop_fail_infos?: OrderVoucherShopFailInfo[];
  success_exclude_shop_ids?: string[];
}
export const OrderVoucherMerchantAllShopResultShape = (): object => ({ exclude_shop_fail_infos: [OrderVoucherShopFailInfoShape], success_exclude_shop_ids: [0] });
