// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `VoucherSendRuleDetail`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query`).
 *
 * @example
 * ```ts
 * const value: VoucherSendRuleDetail = { natural_person_limit: true, phone_number_limit: true };
 * ```
 */
export interface VoucherSendRuleDetail {
  natural_person_limit?: boolean;
  phone_number_limit?: boolean;
  voucher_quantity?: number;
  voucher_quantity_limit_per_user?: number;
}
export const VoucherSendRuleDetailShape = (): object => ({ natural_person_limit: 2, phone_number_limit: 2, voucher_quantity: 1, voucher_quantity_limit_per_user: 1 });
