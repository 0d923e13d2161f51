// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `PaidOuterCardCycleInfoDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.open`, `alipay.marketing.card.query`, `alipay.marketing.card.update`).
 *
 * @example
 * ```ts
 * const value: PaidOuterCardCycleInfoDTO = { alipay_deduct_agreement: '…', alipay_deduct_product_code: '…' };
 * ```
 */
export interface PaidOuterCardCycleInfoDTO {
  alipay_deduct_agreement?: string;
  alipay_deduct_product_code?: string;
  alipay_deduct_scene?: string;
  close_reason?: string;
  cycle_type?: string;
  open_status?: string;
}
export const PaidOuterCardCycleInfoDTOShape = (): object => ({ alipay_deduct_agreement: 0, alipay_deduct_product_code: 0, alipay_deduct_scene: 0, close_reason: 0, cycle_type: 0, open_status: 0 });
