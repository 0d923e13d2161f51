// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.iot.device.report.upload` (POST /v3/alipay/commerce/iot/device/report/upload: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceIotDeviceReportUploadRequest = { report_content: '…', sn: '…' };
 * ```
 */
export interface AlipayCommerceIotDeviceReportUploadRequest {
  report_content?: string;
  sn?: string;
}

/**
 * The result of `alipay.commerce.iot.device.report.upload`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceIotDeviceReportUploadResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceIotDeviceReportUploadResult {
  status?: boolean;
}

/**
 * The error codes of `alipay.commerce.iot.device.report.upload` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceIotDeviceReportUploadErrorCode = "DEVICE_REPORT_UPLOAD_ERROR";
 * ```
 */
export type AlipayCommerceIotDeviceReportUploadErrorCode = "DEVICE_REPORT_UPLOAD_ERROR";

/**
 * `alipay.commerce.iot.device.report.upload`: POST /v3/alipay/commerce/iot/device/report/upload over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceIotDeviceReportUpload } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceIotDeviceReportUpload, { report_content: '…', sn: '…' });
 * ```
 */
export const alipayCommerceIotDeviceReportUpload: ApiDefinition<"alipay.commerce.iot.device.report.upload", AlipayCommerceIotDeviceReportUploadRequest, AlipayCommerceIotDeviceReportUploadResult, AlipayCommerceIotDeviceReportUploadErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.iot.device.report.upload",
  'POST',
  () => ({ report_content: 0, sn: 0 }),
  () => ({ status: 2 }),
);
