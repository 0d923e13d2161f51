// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type OrderVoucherAvailableShopResult, OrderVoucherAvailableShopResultShape } from './OrderVoucherAvailableShopResult.ts';

/**
 * `OrderVoucherAvailableScopeResult`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify`).
 *
 * @example
 * ```ts
 * const value: OrderVoucherAvailableScopeResult = { voucher_available_type: '…' };
 * ```
 */
export interface OrderVoucherAvailableScopeResult {
  order_voucher_available_shop_result?: OrderVoucherAvailableShopResult;
  voucher_available_type?: string;
}
export const OrderVoucherAvailableScopeResultShape = (): object => ({ order_voucher_available_shop_result: OrderVoucherAvailableShopResultShape, voucher_available_type: 0 });
