// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `OcrTaxiScanInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.einvpackage.query`, `alipay.ebpp.invoice.enterpriseconsume.detail.query`, `alipay.ebpp.invoice.enterpriseconsume.relatedetail.query`).
 *
 * @example
 * ```ts
 * const value: OcrTaxiScanInfo = { get_off_time: '…', get_on_time: '…' };
 * ```
 */
export interface OcrTaxiScanInfo {
  get_off_time?: string;
  get_on_time?: string;
  invoice_code?: string;
  invoice_date?: string;
  invoice_no?: string;
  passenger?: string;
  price?: string;
  travel_dist?: string;
}
export const OcrTaxiScanInfoShape = (): object => ({ get_off_time: 0, get_on_time: 0, invoice_code: 0, invoice_date: 0, invoice_no: 0, passenger: 0, price: 0, travel_dist: 0 });
