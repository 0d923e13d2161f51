// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';
import { type BelongMerchantInfo, BelongMerchantInfoShape } from '../models/BelongMerchantInfo.ts';

/**
 * The request of `alipay.marketing.material.image.upload` (POST /v3/alipay/marketing/material/image: multipart: a `data` part and file parts `file_content`).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingMaterialImageUploadRequest = { file_key: '…', merchant_access_mode: '…' };
 * ```
 */
export interface AlipayMarketingMaterialImageUploadRequest {
  belong_merchant_info?: BelongMerchantInfo;
  file_key?: string;
  merchant_access_mode?: string;
  /** A file part: bytes or a Blob (a File keeps its name). */
  file_content?: Blob | Uint8Array;
}

/**
 * The result of `alipay.marketing.material.image.upload`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingMaterialImageUploadResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingMaterialImageUploadResult {
  resource_enhance?: boolean;
  resource_id?: string;
  resource_url?: string;
}

/**
 * The error codes of `alipay.marketing.material.image.upload` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingMaterialImageUploadErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingMaterialImageUploadErrorCode = "SYSTEM_ERROR" | "FILE_SIZE_OUT_OF_RANGE" | "PIC_SUFFIX_ILLEGAL" | "FILE_TYPE_ERROR" | "MATERIAL_ERROR" | "INVALID_PARAMETER";

/**
 * `alipay.marketing.material.image.upload`: POST /v3/alipay/marketing/material/image over v3 (multipart: a `data` part and file parts `file_content`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { alipayMarketingMaterialImageUpload } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingMaterialImageUpload, { file_key: '…', merchant_access_mode: '…' });
 * ```
 */
export const alipayMarketingMaterialImageUpload: ApiDefinition<"alipay.marketing.material.image.upload", AlipayMarketingMaterialImageUploadRequest, AlipayMarketingMaterialImageUploadResult, AlipayMarketingMaterialImageUploadErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.material.image.upload",
  { verb: 'POST', path: "/v3/alipay/marketing/material/image", body: 'multipart', files: ["file_content"], data: true },
  () => ({ belong_merchant_info: BelongMerchantInfoShape, file_key: 0, merchant_access_mode: 0, file_content: 3 }),
  () => ({ resource_enhance: 2, resource_id: 0, resource_url: 0 }),
  /* @__PURE__ */ multipartShape(["file_content"]),
);
