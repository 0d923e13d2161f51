// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';

/**
 * The request of `alipay.open.file.upload` (POST /v3/alipay/open/file/upload: multipart: a `data` part and file parts `file_content`).
 *
 * @example
 * ```ts
 * const request: AlipayOpenFileUploadRequest = { biz_code: '…', md5: '…' };
 * ```
 */
export interface AlipayOpenFileUploadRequest {
  biz_code?: string;
  extra_parameters?: FileUploadExtraParam;
  md5?: string;
  /** A file part: bytes or a Blob (a File keeps its name). */
  file_content?: Blob | Uint8Array;
}

/**
 * The result of `alipay.open.file.upload`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenFileUploadResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenFileUploadResult {
  extern_id?: string;
  file_id?: string;
}

/**
 * The error codes of `alipay.open.file.upload` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenFileUploadErrorCode = "FILE_CHECK_FAIL";
 * ```
 */
export type AlipayOpenFileUploadErrorCode = "FILE_CHECK_FAIL" | "BIZ_ERROR";

/**
 * `FileUploadExtraParam`, a model of Alipay's v3 description (in `alipay.open.file.upload`).
 *
 * @example
 * ```ts
 * const value: FileUploadExtraParam = { extern_upload: '…', file_encrypt_type: '…' };
 * ```
 */
export interface FileUploadExtraParam {
  extern_upload?: string;
  file_encrypt_type?: string;
}
const FileUploadExtraParamShape = (): object => ({ extern_upload: 0, file_encrypt_type: 0 });

/**
 * `alipay.open.file.upload`: POST /v3/alipay/open/file/upload over v3 (multipart: a `data` part and file parts `file_content`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { alipayOpenFileUpload } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenFileUpload, { biz_code: '…', md5: '…' });
 * ```
 */
export const alipayOpenFileUpload: ApiDefinition<"alipay.open.file.upload", AlipayOpenFileUploadRequest, AlipayOpenFileUploadResult, AlipayOpenFileUploadErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.file.upload",
  { verb: 'POST', body: 'multipart', files: ["file_content"], data: true },
  () => ({ biz_code: 0, extra_parameters: FileUploadExtraParamShape, md5: 0, file_content: 3 }),
  () => ({ extern_id: 0, file_id: 0 }),
  /* @__PURE__ */ multipartShape(["file_content"]),
);
