// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `McardTemplateBenefit`, a model of Alipay's v3 description (in `alipay.marketing.card.benefit.create`, `alipay.marketing.card.benefit.modify`).
 *
 * @example
 * ```ts
 * const value: McardTemplateBenefit = { end_date: '…', ext_info: '…' };
 * ```
 */
export interface McardTemplateBenefit {
  benefit_desc?: string[];
  end_date?: string;
  ext_info?: string;
  start_date?: string;
  template_id?: string;
  title?: string;
}
export const McardTemplateBenefitShape = (): object => ({ benefit_desc: [0], end_date: 0, ext_info: 0, start_date: 0, template_id: 0, title: 0 });
