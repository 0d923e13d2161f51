// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type InvoiceOutputInfo, InvoiceOutputInfoShape } from './InvoiceOutputInfo.ts';
import { type OcrNormalScanInfo, OcrNormalScanInfoShape } from './OcrNormalScanInfo.ts';
import { type OcrPlaneScanInfo, OcrPlaneScanInfoShape } from './OcrPlaneScanInfo.ts';
import { type OcrTaxiScanInfo, OcrTaxiScanInfoShape } from './OcrTaxiScanInfo.ts';
import { type OcrTrainScanInfo, OcrTrainScanInfoShape } from './OcrTrainScanInfo.ts';
import { type VoucherFileInfo, VoucherFileInfoShape } from './VoucherFileInfo.ts';

/**
 * `ExpenseInvoiceInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.enterpriseconsume.detail.query`, `alipay.ebpp.invoice.enterpriseconsume.relatedetail.query`).
 *
 * @example
 * ```ts
 * const value: ExpenseInvoiceInfo = { employee_id: '…', employee_open_id: '…' };
 * ```
 */
export interface ExpenseInvoiceInfo {
  employee_id?: string;
  employee_open_id?: string;
  invoice_output_info?: InvoiceOutputInfo;
  ocr_normal_scan_info?: OcrNormalScanInfo;
  ocr_plane_scan_info?: OcrPlaneScanInfo;
  ocr_taxi_scan_info?: OcrTaxiScanInfo;
  ocr_train_scan_info?: OcrTrainScanInfo;
  voucher_file_info?: VoucherFileInfo;
  voucher_id?: string;
}
export const ExpenseInvoiceInfoShape = (): object => ({ employee_id: 0, employee_open_id: 0, invoice_output_info: InvoiceOutputInfoShape, ocr_normal_scan_info: OcrNormalScanInfoShape, ocr_plane_scan_info: OcrPlaneScanInfoShape, ocr_taxi_scan_info: OcrTaxiScanInfoShape, ocr_train_scan_info: OcrTrainScanInfoShape, voucher_file_info: VoucherFileInfoShape, voucher_id: 0 });
