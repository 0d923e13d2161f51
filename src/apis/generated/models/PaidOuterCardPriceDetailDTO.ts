// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `PaidOuterCardPriceDetailDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.template.create`, `alipay.marketing.card.template.modify`, `alipay.marketing.card.template.query`).
 *
 * @example
 * ```ts
 * const value: PaidOuterCardPriceDetailDTO = { desc: '…', price: '…' };
 * ```
 */
export interface PaidOuterCardPriceDetailDTO {
  desc?: string;
  price?: string;
  price_type?: string;
  worth?: string;
}
export const PaidOuterCardPriceDetailDTOShape = (): object => ({ desc: 0, price: 0, price_type: 0, worth: 0 });
