// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `IndustryQualificationInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.shop.consult`, `ant.merchant.expand.shop.create`, `ant.merchant.expand.shop.modify` and 1 more).
 *
 * @example
 * ```ts
 * const value: IndustryQualificationInfo = { industry_qualification_image: '…', industry_qualification_type: '…' };
 * ```
 */
export interface IndustryQualificationInfo {
  industry_qualification_image?: string;
  industry_qualification_type?: string;
}
export const IndustryQualificationInfoShape = (): object => ({ industry_qualification_image: 0, industry_qualification_type: 0 });
