// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.customer.jobworth.picture.upload` (POST /v3/zhima/customer/jobworth/picture/upload: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: ZhimaCustomerJobworthPictureUploadRequest = { content: '…', pic_type: '…' };
 * ```
 */
export interface ZhimaCustomerJobworthPictureUploadRequest {
  content?: string;
  pic_type?: string;
}

/**
 * The result of `zhima.customer.jobworth.picture.upload`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaCustomerJobworthPictureUploadResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaCustomerJobworthPictureUploadResult {
  pic_id?: string;
  sub_code?: string;
  sub_msg?: string;
}

/**
 * The error codes of `zhima.customer.jobworth.picture.upload` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaCustomerJobworthPictureUploadErrorCode = "ILLEGAL_ARGUMENT";
 * ```
 */
export type ZhimaCustomerJobworthPictureUploadErrorCode = "ILLEGAL_ARGUMENT" | "PICTURE_UPLOAD_LIMIT_ERROR" | "PICTURE_TYPE_ERROR" | "SYSTEM_ERROR";

/**
 * `zhima.customer.jobworth.picture.upload`: POST /v3/zhima/customer/jobworth/picture/upload over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaCustomerJobworthPictureUpload } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaCustomerJobworthPictureUpload, { content: '…', pic_type: '…' });
 * ```
 */
export const zhimaCustomerJobworthPictureUpload: ApiDefinition<"zhima.customer.jobworth.picture.upload", ZhimaCustomerJobworthPictureUploadRequest, ZhimaCustomerJobworthPictureUploadResult, ZhimaCustomerJobworthPictureUploadErrorCode> = /* @__PURE__ */ operation(
  "zhima.customer.jobworth.picture.upload",
  'POST',
  () => ({ content: 0, pic_type: 0 }),
  () => ({ pic_id: 0, sub_code: 0, sub_msg: 0 }),
);
