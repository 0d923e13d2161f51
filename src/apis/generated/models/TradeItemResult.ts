// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `TradeItemResult`, a model of Alipay's v3 description (in `alipay.data.bill.buy.query`, `alipay.data.bill.sell.query`).
 *
 * @example
 * ```ts
 * const value: TradeItemResult = { alipay_order_no: '…', gmt_create: '…' };
 * ```
 */
export interface TradeItemResult {
  alipay_order_no?: string;
  gmt_create?: string;
  gmt_pay?: string;
  gmt_refund?: string;
  goods_memo?: string;
  goods_title?: string;
  merchant_order_no?: string;
  net_mdiscount?: string;
  other_account?: string;
  refund_amount?: string;
  service_fee?: string;
  store_name?: string;
  store_no?: string;
  total_amount?: string;
  trade_status?: string;
  trade_type?: string;
}
export const TradeItemResultShape = (): object => ({ alipay_order_no: 0, gmt_create: 0, gmt_pay: 0, gmt_refund: 0, goods_memo: 0, goods_title: 0, merchant_order_no: 0, net_mdiscount: 0, other_account: 0, refund_amount: 0, service_fee: 0, store_name: 0, store_no: 0, total_amount: 0, trade_status: 0, trade_type: 0 });
