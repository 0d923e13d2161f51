// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `VoucherSendRuleInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 8 more).
 *
 * @example
 * ```ts
 * const value: VoucherSendRuleInfo = { max_quantity_by_day: 1, natural_person_limit: true };
 * ```
 */
export interface VoucherSendRuleInfo {
  max_quantity_by_day?: number;
  natural_person_limit?: boolean;
  phone_number_limit?: boolean;
  phone_number_need_input_limit?: boolean;
  publish_end_time?: string;
  publish_start_time?: string;
  quantity?: number;
  quantity_day_limit_per_user?: number;
  quantity_limit_per_user?: number;
  quantity_limit_per_user_period_type?: string;
  quantity_month_limit_per_user?: number;
  quantity_week_limit_per_user?: number;
  real_name_limit?: boolean;
}
export const VoucherSendRuleInfoShape = (): object => ({ max_quantity_by_day: 1, natural_person_limit: 2, phone_number_limit: 2, phone_number_need_input_limit: 2, publish_end_time: 0, publish_start_time: 0, quantity: 1, quantity_day_limit_per_user: 1, quantity_limit_per_user: 1, quantity_limit_per_user_period_type: 0, quantity_month_limit_per_user: 1, quantity_week_limit_per_user: 1, real_name_limit: 2 });
