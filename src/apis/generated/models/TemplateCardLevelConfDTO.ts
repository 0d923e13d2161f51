// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `TemplateCardLevelConfDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.template.create`, `alipay.marketing.card.template.modify`, `alipay.marketing.card.template.query`).
 *
 * @example
 * ```ts
 * const value: TemplateCardLevelConfDTO = { level: '…', level_desc: '…' };
 * ```
 */
export interface TemplateCardLevelConfDTO {
  level?: string;
  level_desc?: string;
  level_icon?: string;
  level_show_name?: string;
}
export const TemplateCardLevelConfDTOShape = (): object => ({ level: 0, level_desc: 0, level_icon: 0, level_show_name: 0 });
