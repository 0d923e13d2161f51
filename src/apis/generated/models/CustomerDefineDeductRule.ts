// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `CustomerDefineDeductRule`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query` and 6 more).
 *
 * @example
 * ```ts
 * const value: CustomerDefineDeductRule = { customer_define_deduct_rule_desc: '…' };
 * ```
 */
export interface CustomerDefineDeductRule {
  customer_define_deduct_rule_desc?: string;
}
export const CustomerDefineDeductRuleShape = (): object => ({ customer_define_deduct_rule_desc: 0 });
