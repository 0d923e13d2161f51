// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `PaidOuterCardPurchaseInfoDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.open`, `alipay.marketing.card.query`, `alipay.marketing.card.update`).
 *
 * @example
 * ```ts
 * const value: PaidOuterCardPurchaseInfoDTO = { action_date: '…', alipay_trade_no: '…' };
 * ```
 */
export interface PaidOuterCardPurchaseInfoDTO {
  action_date?: string;
  alipay_trade_no?: string;
  out_trade_no?: string;
  price?: string;
  source?: string;
}
export const PaidOuterCardPurchaseInfoDTOShape = (): object => ({ action_date: 0, alipay_trade_no: 0, out_trade_no: 0, price: 0, source: 0 });
