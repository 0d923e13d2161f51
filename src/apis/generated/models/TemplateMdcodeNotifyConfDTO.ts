// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `TemplateMdcodeNotifyConfDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.template.create`, `alipay.marketing.card.template.modify`, `alipay.marketing.card.template.query`).
 *
 * @example
 * ```ts
 * const value: TemplateMdcodeNotifyConfDTO = { ext_params: '…', url: '…' };
 * ```
 */
export interface TemplateMdcodeNotifyConfDTO {
  ext_params?: string;
  url?: string;
}
export const TemplateMdcodeNotifyConfDTOShape = (): object => ({ ext_params: 0, url: 0 });
