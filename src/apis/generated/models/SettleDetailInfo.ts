// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `SettleDetailInfo`, a model of Alipay's v3 description (in `alipay.trade.create`, `alipay.trade.pay`, `alipay.trade.precreate` and 1 more).
 *
 * @example
 * ```ts
 * const value: SettleDetailInfo = { actual_amount: '…', amount: '…' };
 * ```
 */
export interface SettleDetailInfo {
  actual_amount?: string;
  amount?: string;
  settle_entity_id?: string;
  settle_entity_type?: string;
  summary_dimension?: string;
  trans_in?: string;
  trans_in_type?: string;
}
export const SettleDetailInfoShape = (): object => ({ actual_amount: 0, amount: 0, settle_entity_id: 0, settle_entity_type: 0, summary_dimension: 0, trans_in: 0, trans_in_type: 0 });
