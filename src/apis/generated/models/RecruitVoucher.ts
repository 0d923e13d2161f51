// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `RecruitVoucher`, a model of Alipay's v3 description (in `alipay.marketing.recruit.enroll.create`, `alipay.marketing.recruit.enroll.query`).
 *
 * @example
 * ```ts
 * const value: RecruitVoucher = { activity_id: '…' };
 * ```
 */
export interface RecruitVoucher {
  activity_id?: string;
}
export const RecruitVoucherShape = (): object => ({ activity_id: 0 });
