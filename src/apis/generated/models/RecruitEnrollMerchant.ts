// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `RecruitEnrollMerchant`, a model of Alipay's v3 description (in `alipay.marketing.recruit.enroll.create`, `alipay.marketing.recruit.enroll.query`, `alipay.marketing.recruit.plan.query` and 1 more).
 *
 * @example
 * ```ts
 * const value: RecruitEnrollMerchant = { merchant_uid: '…' };
 * ```
 */
export interface RecruitEnrollMerchant {
  merchant_uid?: string;
}
export const RecruitEnrollMerchantShape = (): object => ({ merchant_uid: 0 });
