// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';

/**
 * The request of `alipay.open.mini.innerbaseinfo.applogo.upload` (POST /v3/alipay/open/mini/innerbaseinfo/applogo/upload: multipart: file parts `app_logo`).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerbaseinfoApplogoUploadRequest = { app_logo: new Uint8Array(await file.arrayBuffer()) };
 * ```
 */
export interface AlipayOpenMiniInnerbaseinfoApplogoUploadRequest {
  /** A file part: bytes or a Blob (a File keeps its name). */
  app_logo?: Blob | Uint8Array;
}

/**
 * The result of `alipay.open.mini.innerbaseinfo.applogo.upload`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerbaseinfoApplogoUploadResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniInnerbaseinfoApplogoUploadResult {
  app_logo?: string;
}

/**
 * The error codes of `alipay.open.mini.innerbaseinfo.applogo.upload` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerbaseinfoApplogoUploadErrorCode = "INVALID_LOGO_EXT";
 * ```
 */
export type AlipayOpenMiniInnerbaseinfoApplogoUploadErrorCode = "INVALID_LOGO_EXT" | "LOGO_IS_BLANK" | "LOGO_SIZE_EXCEED" | "LOGO_HEIGHT_NOT_EQUAL_WIDTH";

/**
 * `alipay.open.mini.innerbaseinfo.applogo.upload`: POST /v3/alipay/open/mini/innerbaseinfo/applogo/upload over v3 (multipart: file parts `app_logo`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerbaseinfoApplogoUpload } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerbaseinfoApplogoUpload, { app_logo: new Uint8Array(await file.arrayBuffer()) });
 * ```
 */
export const alipayOpenMiniInnerbaseinfoApplogoUpload: ApiDefinition<"alipay.open.mini.innerbaseinfo.applogo.upload", AlipayOpenMiniInnerbaseinfoApplogoUploadRequest, AlipayOpenMiniInnerbaseinfoApplogoUploadResult, AlipayOpenMiniInnerbaseinfoApplogoUploadErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerbaseinfo.applogo.upload",
  { verb: 'POST', body: 'multipart', files: ["app_logo"] },
  () => ({ app_logo: 3 }),
  () => ({ app_logo: 0 }),
  /* @__PURE__ */ multipartShape(["app_logo"]),
);
