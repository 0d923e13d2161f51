// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `RoyaltyDetailInfos`, a model of Alipay's v3 description (in `alipay.trade.create`, `alipay.trade.pay`, `alipay.trade.precreate`).
 *
 * @example
 * ```ts
 * const value: RoyaltyDetailInfos = { amount: '…', amount_percentage: '…' };
 * ```
 */
export interface RoyaltyDetailInfos {
  amount?: string;
  amount_percentage?: string;
  batch_no?: string;
  desc?: string;
  out_relation_id?: string;
  serial_no?: number;
  trans_in?: string;
  trans_in_type?: string;
  trans_out?: string;
  trans_out_type?: string;
}
export const RoyaltyDetailInfosShape = (): object => ({ amount: 0, amount_percentage: 0, batch_no: 0, desc: 0, out_relation_id: 0, serial_no: 1, trans_in: 0, trans_in_type: 0, trans_out: 0, trans_out_type: 0 });
