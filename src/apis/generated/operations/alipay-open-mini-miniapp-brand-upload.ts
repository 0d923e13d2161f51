// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';

/**
 * The request of `alipay.open.mini.miniapp.brand.upload` (POST /v3/alipay/open/mini/miniapp/brand/upload: multipart: file parts `file_content`).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniMiniappBrandUploadRequest = { file_content: new Uint8Array(await file.arrayBuffer()) };
 * ```
 */
export interface AlipayOpenMiniMiniappBrandUploadRequest {
  /** A file part: bytes or a Blob (a File keeps its name). */
  file_content?: Blob | Uint8Array;
}

/**
 * The result of `alipay.open.mini.miniapp.brand.upload`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniMiniappBrandUploadResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniMiniappBrandUploadResult {
  file_key?: string;
}

/**
 * The error codes of `alipay.open.mini.miniapp.brand.upload` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniMiniappBrandUploadErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenMiniMiniappBrandUploadErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.open.mini.miniapp.brand.upload`: POST /v3/alipay/open/mini/miniapp/brand/upload over v3 (multipart: file parts `file_content`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { alipayOpenMiniMiniappBrandUpload } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniMiniappBrandUpload, { file_content: new Uint8Array(await file.arrayBuffer()) });
 * ```
 */
export const alipayOpenMiniMiniappBrandUpload: ApiDefinition<"alipay.open.mini.miniapp.brand.upload", AlipayOpenMiniMiniappBrandUploadRequest, AlipayOpenMiniMiniappBrandUploadResult, AlipayOpenMiniMiniappBrandUploadErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.miniapp.brand.upload",
  { verb: 'POST', body: 'multipart', files: ["file_content"] },
  () => ({ file_content: 3 }),
  () => ({ file_key: 0 }),
  /* @__PURE__ */ multipartShape(["file_content"]),
);
