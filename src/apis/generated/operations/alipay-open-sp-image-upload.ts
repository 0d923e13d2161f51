// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';

/**
 * The request of `alipay.open.sp.image.upload` (POST /v3/alipay/open/sp/image/upload: multipart: file parts `image_content`).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSpImageUploadRequest = { image_content: new Uint8Array(await file.arrayBuffer()) };
 * ```
 */
export interface AlipayOpenSpImageUploadRequest {
  /** A file part: bytes or a Blob (a File keeps its name). */
  image_content?: Blob | Uint8Array;
}

/**
 * The result of `alipay.open.sp.image.upload`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSpImageUploadResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSpImageUploadResult {
  image_id?: string;
}

/**
 * The error codes of `alipay.open.sp.image.upload` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSpImageUploadErrorCode = "FILE_SIZE_OUT_LIMIT";
 * ```
 */
export type AlipayOpenSpImageUploadErrorCode = "FILE_SIZE_OUT_LIMIT" | "SYSTEM_ERROR" | "FILE_SIZE_MIN_LIMIT";

/**
 * `alipay.open.sp.image.upload`: POST /v3/alipay/open/sp/image/upload over v3 (multipart: file parts `image_content`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { alipayOpenSpImageUpload } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSpImageUpload, { image_content: new Uint8Array(await file.arrayBuffer()) });
 * ```
 */
export const alipayOpenSpImageUpload: ApiDefinition<"alipay.open.sp.image.upload", AlipayOpenSpImageUploadRequest, AlipayOpenSpImageUploadResult, AlipayOpenSpImageUploadErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.sp.image.upload",
  { verb: 'POST', body: 'multipart', files: ["image_content"] },
  () => ({ image_content: 3 }),
  () => ({ image_id: 0 }),
  /* @__PURE__ */ multipartShape(["image_content"]),
);
