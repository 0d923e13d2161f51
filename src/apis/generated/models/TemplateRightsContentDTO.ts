// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `TemplateRightsContentDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.template.create`, `alipay.marketing.card.template.modify`, `alipay.marketing.card.template.query`).
 *
 * @example
 * ```ts
 * const value: TemplateRightsContentDTO = { detail: '…', logo_id: '…' };
 * ```
 */
export interface TemplateRightsContentDTO {
  detail?: string;
  logo_id?: string;
  title?: string;
}
export const TemplateRightsContentDTOShape = (): object => ({ detail: 0, logo_id: 0, title: 0 });
