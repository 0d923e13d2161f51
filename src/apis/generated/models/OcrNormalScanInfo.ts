// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `OcrNormalScanInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.einvpackage.query`, `alipay.ebpp.invoice.enterpriseconsume.detail.query`, `alipay.ebpp.invoice.enterpriseconsume.relatedetail.query`).
 *
 * @example
 * ```ts
 * const value: OcrNormalScanInfo = { invoice_code: '…', invoice_date: '…' };
 * ```
 */
export interface OcrNormalScanInfo {
  invoice_code?: string;
  invoice_date?: string;
  invoice_no?: string;
  price?: string;
  remark?: string;
}
export const OcrNormalScanInfoShape = (): object => ({ invoice_code: 0, invoice_date: 0, invoice_no: 0, price: 0, remark: 0 });
