// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';

/**
 * The request of `ant.merchant.expand.indirect.image.upload` (POST /v3/ant/merchant/indirect/image: multipart: a `data` part and file parts `image_content`).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandIndirectImageUploadRequest = { image_type: '…', image_content: new Uint8Array(await file.arrayBuffer()) };
 * ```
 */
export interface AntMerchantExpandIndirectImageUploadRequest {
  image_type?: string;
  /** A file part: bytes or a Blob (a File keeps its name). */
  image_content?: Blob | Uint8Array;
}

/**
 * The result of `ant.merchant.expand.indirect.image.upload`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandIndirectImageUploadResult) {
 *   return result;
 * }
 * ```
 */
export interface AntMerchantExpandIndirectImageUploadResult {
  image_id?: string;
}

/**
 * The error codes of `ant.merchant.expand.indirect.image.upload` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandIndirectImageUploadErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AntMerchantExpandIndirectImageUploadErrorCode = "SYSTEM_ERROR" | "MERCHANT_ILLEGAL_ARGUMENT" | "EXCEED_MAX_SIZE" | "INVALID_IMAGE_FORMAT" | "IMAGE_UNSAFE";

/**
 * `ant.merchant.expand.indirect.image.upload`: POST /v3/ant/merchant/indirect/image over v3 (multipart: a `data` part and file parts `image_content`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { antMerchantExpandIndirectImageUpload } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandIndirectImageUpload, { image_type: '…', image_content: new Uint8Array(await file.arrayBuffer()) });
 * ```
 */
export const antMerchantExpandIndirectImageUpload: ApiDefinition<"ant.merchant.expand.indirect.image.upload", AntMerchantExpandIndirectImageUploadRequest, AntMerchantExpandIndirectImageUploadResult, AntMerchantExpandIndirectImageUploadErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.indirect.image.upload",
  { verb: 'POST', path: "/v3/ant/merchant/indirect/image", body: 'multipart', files: ["image_content"], data: true },
  () => ({ image_type: 0, image_content: 3 }),
  () => ({ image_id: 0 }),
  /* @__PURE__ */ multipartShape(["image_content"]),
);
