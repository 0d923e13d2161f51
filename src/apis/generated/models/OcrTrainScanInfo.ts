// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `OcrTrainScanInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.einvpackage.query`, `alipay.ebpp.invoice.enterpriseconsume.detail.query`, `alipay.ebpp.invoice.enterpriseconsume.relatedetail.query`).
 *
 * @example
 * ```ts
 * const value: OcrTrainScanInfo = { destination: '…', invoice_date: '…' };
 * ```
 */
export interface OcrTrainScanInfo {
  destination?: string;
  invoice_date?: string;
  origin?: string;
  passenger?: string;
  price?: string;
  remark?: string;
  seat_class?: string;
  train_no?: string;
}
export const OcrTrainScanInfoShape = (): object => ({ destination: 0, invoice_date: 0, origin: 0, passenger: 0, price: 0, remark: 0, seat_class: 0, train_no: 0 });
