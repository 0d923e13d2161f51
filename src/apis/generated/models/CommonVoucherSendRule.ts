// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `CommonVoucherSendRule`, a model of Alipay's v3 description (in `alipay.marketing.activity.query`, `alipay.marketing.activity.user.queryvoucher`).
 *
 * @example
 * ```ts
 * const value: CommonVoucherSendRule = { max_quantity_by_day: 1, natural_person_limit: true };
 * ```
 */
export interface CommonVoucherSendRule {
  max_quantity_by_day?: number;
  natural_person_limit?: boolean;
  phone_number_limit?: boolean;
  real_name_limit?: boolean;
  voucher_quantity?: number;
  voucher_quantity_limit_per_user?: number;
  voucher_quantity_limit_per_user_period_type?: string;
}
export const CommonVoucherSendRuleShape = (): object => ({ max_quantity_by_day: 1, natural_person_limit: 2, phone_number_limit: 2, real_name_limit: 2, voucher_quantity: 1, voucher_quantity_limit_per_user: 1, voucher_quantity_limit_per_user_period_type: 0 });
