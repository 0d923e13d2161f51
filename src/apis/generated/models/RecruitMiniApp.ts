// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `RecruitMiniApp`, a model of Alipay's v3 description (in `alipay.marketing.recruit.enroll.create`, `alipay.marketing.recruit.enroll.query`).
 *
 * @example
 * ```ts
 * const value: RecruitMiniApp = { mini_app_id: '…' };
 * ```
 */
export interface RecruitMiniApp {
  mini_app_id?: string;
}
export const RecruitMiniAppShape = (): object => ({ mini_app_id: 0 });
