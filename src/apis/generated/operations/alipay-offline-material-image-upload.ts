// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';

/**
 * The request of `alipay.offline.material.image.upload` (POST /v3/alipay/offline/material/image/upload: multipart: a `data` part and file parts `image_content`).
 *
 * @example
 * ```ts
 * const request: AlipayOfflineMaterialImageUploadRequest = { image_name: '…', image_pid: '…' };
 * ```
 */
export interface AlipayOfflineMaterialImageUploadRequest {
  image_name?: string;
  image_pid?: string;
  image_type?: string;
  /** A file part: bytes or a Blob (a File keeps its name). */
  image_content?: Blob | Uint8Array;
}

/**
 * The result of `alipay.offline.material.image.upload`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOfflineMaterialImageUploadResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOfflineMaterialImageUploadResult {
  image_id?: string;
  image_url?: string;
}

/**
 * The error codes of `alipay.offline.material.image.upload` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOfflineMaterialImageUploadErrorCode = "isv.invalid-arguments";
 * ```
 */
export type AlipayOfflineMaterialImageUploadErrorCode = "isv.invalid-arguments" | "isv.exceed-max-size" | "isv.unknown-fomat" | "isv.image-unsafe" | "isv.unknown-error" | "INVALID_PARAM" | "SYSTEM_ERROR" | "EXCEED_MAX_SIZE" | "UNKNOWN_FORMAT" | "INVALID_FILE_BYTES" | "CAPACITY_EXCEEDED";

/**
 * `alipay.offline.material.image.upload`: POST /v3/alipay/offline/material/image/upload over v3 (multipart: a `data` part and file parts `image_content`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { alipayOfflineMaterialImageUpload } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOfflineMaterialImageUpload, { image_name: '…', image_pid: '…' });
 * ```
 */
export const alipayOfflineMaterialImageUpload: ApiDefinition<"alipay.offline.material.image.upload", AlipayOfflineMaterialImageUploadRequest, AlipayOfflineMaterialImageUploadResult, AlipayOfflineMaterialImageUploadErrorCode> = /* @__PURE__ */ operation(
  "alipay.offline.material.image.upload",
  { verb: 'POST', body: 'multipart', files: ["image_content"], data: true },
  () => ({ image_name: 0, image_pid: 0, image_type: 0, image_content: 3 }),
  () => ({ image_id: 0, image_url: 0 }),
  /* @__PURE__ */ multipartShape(["image_content"]),
);
