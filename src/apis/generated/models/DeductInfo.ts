// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type CustomerDefineDeductRule, CustomerDefineDeductRuleShape } from './CustomerDefineDeductRule.ts';

/**
 * `DeductInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query` and 6 more).
 *
 * @example
 * ```ts
 * const value: DeductInfo = {};
 * ```
 */
export interface DeductInfo {
  customer_define_deduct_rule?: CustomerDefineDeductRule;
}
export const DeductInfoShape = (): object => ({ customer_define_deduct_rule: CustomerDefineDeductRuleShape });
