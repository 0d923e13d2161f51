// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `PubChannelDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.template.create`, `alipay.marketing.card.template.modify`, `alipay.marketing.card.template.query`).
 *
 * @example
 * ```ts
 * const value: PubChannelDTO = { ext_info: '…', pub_channel: '…' };
 * ```
 */
export interface PubChannelDTO {
  ext_info?: string;
  pub_channel?: string;
}
export const PubChannelDTOShape = (): object => ({ ext_info: 0, pub_channel: 0 });
