// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type OrderVoucherAvailableScopeResult, OrderVoucherAvailableScopeResultShape } from './OrderVoucherAvailableScopeResult.ts';

/**
 * `OrderVoucherUseRuleResult`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify`).
 *
 * @example
 * ```ts
 * const value: OrderVoucherUseRuleResult = {};
 * ```
 */
export interface OrderVoucherUseRuleResult {
  voucher_available_scope_result?: OrderVoucherAvailableScopeResult;
}
export const OrderVoucherUseRuleResultShape = (): object => ({ voucher_available_scope_result: OrderVoucherAvailableScopeResultShape });
