// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `CardFrontTextDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.consume.sync`, `alipay.marketing.card.open`, `alipay.marketing.card.query` and 1 more).
 *
 * @example
 * ```ts
 * const value: CardFrontTextDTO = { label: '…', value: '…' };
 * ```
 */
export interface CardFrontTextDTO {
  label?: string;
  value?: string;
}
export const CardFrontTextDTOShape = (): object => ({ label: 0, value: 0 });
