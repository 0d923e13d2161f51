// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `TemplateActionMiniAppUrlDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.template.create`, `alipay.marketing.card.template.modify`, `alipay.marketing.card.template.query`).
 *
 * @example
 * ```ts
 * const value: TemplateActionMiniAppUrlDTO = { display_on_list: '…', mini_app_id: '…' };
 * ```
 */
export interface TemplateActionMiniAppUrlDTO {
  display_on_list?: string;
  mini_app_id?: string;
  mini_page_param?: string;
  mini_query_param?: string;
}
export const TemplateActionMiniAppUrlDTOShape = (): object => ({ display_on_list: 0, mini_app_id: 0, mini_page_param: 0, mini_query_param: 0 });
