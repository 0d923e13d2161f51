// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';

/**
 * The request of `alipay.merchant.item.file.upload` (POST /v3/alipay/merchant/item/file/upload: multipart: a `data` part and file parts `file_content`).
 *
 * @example
 * ```ts
 * const request: AlipayMerchantItemFileUploadRequest = { scene: '…', file_content: new Uint8Array(await file.arrayBuffer()) };
 * ```
 */
export interface AlipayMerchantItemFileUploadRequest {
  scene?: string;
  /** A file part: bytes or a Blob (a File keeps its name). */
  file_content?: Blob | Uint8Array;
}

/**
 * The result of `alipay.merchant.item.file.upload`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMerchantItemFileUploadResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMerchantItemFileUploadResult {
  material_id?: string;
  material_key?: string;
}

/**
 * The error codes of `alipay.merchant.item.file.upload` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMerchantItemFileUploadErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMerchantItemFileUploadErrorCode = "SYSTEM_ERROR" | "DB_ERROR" | "ARGUMENT_NULL" | "ARGUMENT_ILLEGAL" | "INFO_SEC_ERROR";

/**
 * `alipay.merchant.item.file.upload`: POST /v3/alipay/merchant/item/file/upload over v3 (multipart: a `data` part and file parts `file_content`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { alipayMerchantItemFileUpload } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMerchantItemFileUpload, { scene: '…', file_content: new Uint8Array(await file.arrayBuffer()) });
 * ```
 */
export const alipayMerchantItemFileUpload: ApiDefinition<"alipay.merchant.item.file.upload", AlipayMerchantItemFileUploadRequest, AlipayMerchantItemFileUploadResult, AlipayMerchantItemFileUploadErrorCode> = /* @__PURE__ */ operation(
  "alipay.merchant.item.file.upload",
  { verb: 'POST', body: 'multipart', files: ["file_content"], data: true },
  () => ({ scene: 0, file_content: 3 }),
  () => ({ material_id: 0, material_key: 0 }),
  /* @__PURE__ */ multipartShape(["file_content"]),
);
