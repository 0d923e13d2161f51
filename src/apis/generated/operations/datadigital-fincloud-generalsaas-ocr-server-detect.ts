// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';

/**
 * The request of `datadigital.fincloud.generalsaas.ocr.server.detect` (POST /v3/datadigital/fincloud/generalsaas/ocr/server/detect: multipart: a `data` part and file parts `file_content`).
 *
 * @example
 * ```ts
 * const request: DatadigitalFincloudGeneralsaasOcrServerDetectRequest = { ocr_type: '…', outer_order_no: '…' };
 * ```
 */
export interface DatadigitalFincloudGeneralsaasOcrServerDetectRequest {
  ocr_type?: string;
  outer_order_no?: string;
  /** A file part: bytes or a Blob (a File keeps its name). */
  file_content?: Blob | Uint8Array;
}

/**
 * The result of `datadigital.fincloud.generalsaas.ocr.server.detect`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: DatadigitalFincloudGeneralsaasOcrServerDetectResult) {
 *   return result;
 * }
 * ```
 */
export interface DatadigitalFincloudGeneralsaasOcrServerDetectResult {
  certify_id?: string;
  ocr_data?: string;
}

/**
 * The error codes of `datadigital.fincloud.generalsaas.ocr.server.detect` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: DatadigitalFincloudGeneralsaasOcrServerDetectErrorCode = "INVALID_OCR_TYPE";
 * ```
 */
export type DatadigitalFincloudGeneralsaasOcrServerDetectErrorCode = "INVALID_OCR_TYPE" | "SYSTEM_ERROR" | "INVALID_SWITCH" | "FILE_SIZE_TO_LARGE" | "ACCOUNT_MONEY_LIMIT_ERROR" | "INVALID_IMAGE_META";

/**
 * `datadigital.fincloud.generalsaas.ocr.server.detect`: POST /v3/datadigital/fincloud/generalsaas/ocr/server/detect over v3 (multipart: a `data` part and file parts `file_content`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { datadigitalFincloudGeneralsaasOcrServerDetect } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(datadigitalFincloudGeneralsaasOcrServerDetect, { ocr_type: '…', outer_order_no: '…' });
 * ```
 */
export const datadigitalFincloudGeneralsaasOcrServerDetect: ApiDefinition<"datadigital.fincloud.generalsaas.ocr.server.detect", DatadigitalFincloudGeneralsaasOcrServerDetectRequest, DatadigitalFincloudGeneralsaasOcrServerDetectResult, DatadigitalFincloudGeneralsaasOcrServerDetectErrorCode> = /* @__PURE__ */ operation(
  "datadigital.fincloud.generalsaas.ocr.server.detect",
  { verb: 'POST', body: 'multipart', files: ["file_content"], data: true },
  () => ({ ocr_type: 0, outer_order_no: 0, file_content: 3 }),
  () => ({ certify_id: 0, ocr_data: 0 }),
  /* @__PURE__ */ multipartShape(["file_content"]),
);
