// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `TemplateBenefitInfoDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.template.create`, `alipay.marketing.card.template.modify`, `alipay.marketing.card.template.query`).
 *
 * @example
 * ```ts
 * const value: TemplateBenefitInfoDTO = { end_date: '…', start_date: '…' };
 * ```
 */
export interface TemplateBenefitInfoDTO {
  benefit_desc?: string[];
  end_date?: string;
  start_date?: string;
  title?: string;
}
export const TemplateBenefitInfoDTOShape = (): object => ({ benefit_desc: [0], end_date: 0, start_date: 0, title: 0 });
