// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';

/**
 * The request of `alipay.merchant.image.upload` (POST /v3/alipay/merchant/image/upload: multipart: a `data` part and file parts `image_content`).
 *
 * @example
 * ```ts
 * const request: AlipayMerchantImageUploadRequest = { image_type: '…', image_content: new Uint8Array(await file.arrayBuffer()) };
 * ```
 */
export interface AlipayMerchantImageUploadRequest {
  image_type?: string;
  /** A file part: bytes or a Blob (a File keeps its name). */
  image_content?: Blob | Uint8Array;
}

/**
 * The result of `alipay.merchant.image.upload`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMerchantImageUploadResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMerchantImageUploadResult {
  image_id?: string;
}

/**
 * The error codes of `alipay.merchant.image.upload` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMerchantImageUploadErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMerchantImageUploadErrorCode = "SYSTEM_ERROR" | "IMAGE_SIZE_OVERRANGE" | "PARAM_ILLEGAL";

/**
 * `alipay.merchant.image.upload`: POST /v3/alipay/merchant/image/upload over v3 (multipart: a `data` part and file parts `image_content`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { alipayMerchantImageUpload } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMerchantImageUpload, { image_type: '…', image_content: new Uint8Array(await file.arrayBuffer()) });
 * ```
 */
export const alipayMerchantImageUpload: ApiDefinition<"alipay.merchant.image.upload", AlipayMerchantImageUploadRequest, AlipayMerchantImageUploadResult, AlipayMerchantImageUploadErrorCode> = /* @__PURE__ */ operation(
  "alipay.merchant.image.upload",
  { verb: 'POST', body: 'multipart', files: ["image_content"], data: true },
  () => ({ image_type: 0, image_content: 3 }),
  () => ({ image_id: 0 }),
  /* @__PURE__ */ multipartShape(["image_content"]),
);
