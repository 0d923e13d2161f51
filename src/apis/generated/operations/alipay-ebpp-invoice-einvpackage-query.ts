// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type InvoiceOutputInfo, InvoiceOutputInfoShape } from '../models/InvoiceOutputInfo.ts';
import { type OcrNormalScanInfo, OcrNormalScanInfoShape } from '../models/OcrNormalScanInfo.ts';
import { type OcrPlaneScanInfo, OcrPlaneScanInfoShape } from '../models/OcrPlaneScanInfo.ts';
import { type OcrTaxiScanInfo, OcrTaxiScanInfoShape } from '../models/OcrTaxiScanInfo.ts';
import { type OcrTrainScanInfo, OcrTrainScanInfoShape } from '../models/OcrTrainScanInfo.ts';

/**
 * The request of `alipay.ebpp.invoice.einvpackage.query` (GET /v3/alipay/ebpp/invoice/einvpackage/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceEinvpackageQueryRequest = { encrypted_uid: "Zhm4AKUE8ShJK6FYfKmk", package_id: "202004150000000000000000000" };
 * ```
 */
export interface AlipayEbppInvoiceEinvpackageQueryRequest {
  /** A query parameter (v3). */
  encrypted_uid?: string;
  /** A query parameter (v3). */
  package_id?: string;
}

/**
 * The result of `alipay.ebpp.invoice.einvpackage.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceEinvpackageQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceEinvpackageQueryResult {
  package_item_info_list?: PackageItemOpenInfo[];
}

/**
 * The error codes of `alipay.ebpp.invoice.einvpackage.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceEinvpackageQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceEinvpackageQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED";

/**
 * `ConsumeOutputInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.einvpackage.query`).
 *
 * @example
 * ```ts
 * const value: ConsumeOutputInfo = { bill_no: '…', category_name: '…' };
 * ```
 */
export interface ConsumeOutputInfo {
  bill_no?: string;
  category_name?: string;
  consume_amount?: string;
  consume_date?: string;
  consume_title?: string;
  payee_name?: string;
}
const ConsumeOutputInfoShape = (): object => ({ bill_no: 0, category_name: 0, consume_amount: 0, consume_date: 0, consume_title: 0, payee_name: 0 });

/**
 * `PackageItemOpenInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.einvpackage.query`).
 *
 * @example
 * ```ts
 * const value: PackageItemOpenInfo = { file_download_url: '…', file_type: '…' };
 * ```
 */
export interface PackageItemOpenInfo {
  consume_output_info?: ConsumeOutputInfo;
  file_download_url?: string;
  file_type?: string;
  invoice_output_info?: InvoiceOutputInfo;
  item_source?: string;
  item_sub_type?: string;
  item_type?: string;
  ocr_normal_scan_info?: OcrNormalScanInfo;
  ocr_plane_scan_info?: OcrPlaneScanInfo;
  ocr_taxi_scan_info?: OcrTaxiScanInfo;
  ocr_train_scan_info?: OcrTrainScanInfo;
}
const PackageItemOpenInfoShape = (): object => ({ consume_output_info: ConsumeOutputInfoShape, file_download_url: 0, file_type: 0, invoice_output_info: InvoiceOutputInfoShape, item_source: 0, item_sub_type: 0, item_type: 0, ocr_normal_scan_info: OcrNormalScanInfoShape, ocr_plane_scan_info: OcrPlaneScanInfoShape, ocr_taxi_scan_info: OcrTaxiScanInfoShape, ocr_train_scan_info: OcrTrainScanInfoShape });

/**
 * `alipay.ebpp.invoice.einvpackage.query`: GET /v3/alipay/ebpp/invoice/einvpackage/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceEinvpackageQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceEinvpackageQuery, { encrypted_uid: "Zhm4AKUE8ShJK6FYfKmk", package_id: "202004150000000000000000000" });
 * ```
 */
export const alipayEbppInvoiceEinvpackageQuery: ApiDefinition<"alipay.ebpp.invoice.einvpackage.query", AlipayEbppInvoiceEinvpackageQueryRequest, AlipayEbppInvoiceEinvpackageQueryResult, AlipayEbppInvoiceEinvpackageQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.einvpackage.query",
  { verb: 'GET', query: ["encrypted_uid", "package_id"] },
  () => ({ encrypted_uid: 0, package_id: 0 }),
  () => ({ package_item_info_list: [PackageItemOpenInfoShape] }),
);
