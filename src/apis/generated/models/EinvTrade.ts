// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `EinvTrade`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.info.send`, `alipay.ebpp.invoice.order.query`, `alipay.ebpp.invoice.taxno.batchquery` and 1 more).
 *
 * @example
 * ```ts
 * const value: EinvTrade = { bill_no: '…', bill_time: '…' };
 * ```
 */
export interface EinvTrade {
  bill_no?: string;
  bill_time?: string;
  city_name?: string;
  detail_json?: string;
  download_url?: string;
  extend_map?: string;
  merchant_name?: string;
  out_json?: string;
  payee_name?: string;
  payment_amount?: string;
  payment_time?: string;
  souce?: string;
  trade_type?: string;
}
export const EinvTradeShape = (): object => ({ bill_no: 0, bill_time: 0, city_name: 0, detail_json: 0, download_url: 0, extend_map: 0, merchant_name: 0, out_json: 0, payee_name: 0, payment_amount: 0, payment_time: 0, souce: 0, trade_type: 0 });
