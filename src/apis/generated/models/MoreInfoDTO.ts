// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `MoreInfoDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.template.create`, `alipay.marketing.card.template.modify`, `alipay.marketing.card.template.query`).
 *
 * @example
 * ```ts
 * const value: MoreInfoDTO = { params: '…', title: '…' };
 * ```
 */
export interface MoreInfoDTO {
  descs?: string[];
  params?: string;
  title?: string;
  url?: string;
}
export const MoreInfoDTOShape = (): object => ({ descs: [0], params: 0, title: 0, url: 0 });
