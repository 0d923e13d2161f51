// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';

/**
 * The request of `alipay.open.fee.adjust.apply` (POST /v3/alipay/open/fee/adjust/apply: multipart: a `data` part and file parts `attachment`, `cert_pic`, `shop_scene_pic`, `shop_sign_pic`).
 *
 * @example
 * ```ts
 * const request: AlipayOpenFeeAdjustApplyRequest = { account: '…', application_fee: '…' };
 * ```
 */
export interface AlipayOpenFeeAdjustApplyRequest {
  account?: string;
  application_fee?: string;
  cert_date_limitation?: string;
  cert_no?: string;
  cert_type?: string;
  city_code?: string;
  detail_address?: string;
  district_code?: string;
  product_code?: string;
  province_code?: string;
  /** A file part: bytes or a Blob (a File keeps its name). */
  attachment?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  cert_pic?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  shop_scene_pic?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  shop_sign_pic?: Blob | Uint8Array;
}

/**
 * The result of `alipay.open.fee.adjust.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenFeeAdjustApplyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenFeeAdjustApplyResult = Record<string, never>;

/**
 * The error codes of `alipay.open.fee.adjust.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenFeeAdjustApplyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenFeeAdjustApplyErrorCode = "SYSTEM_ERROR" | "SIZE_OUT_LIMIT" | "SIZE_MIN_LIMIT" | "FILE_FORMAT_INVALID" | "INVALID_PARAMS" | "NO_PERMISSION" | "CERT_TYPE_ILLEGAL" | "CERT_PIC_NULL" | "ATTACHMENT_IS_NULL" | "MERCHANT_ACCOUNT_ERROR" | "PRODUCT_NOT_SUPPORT" | "DAYS_LIMIT_ERROR" | "MERCHANT_REALTION_ERROR" | "CHANGE_RATE_ERROR" | "RATE_LIMIT_ERROR" | "MERCHANT_NOT_SUPPORT" | "PRODUCT_UN_VALID" | "ARRANGEMENT_INEFFECTIVE_ERROR" | "APPLY_IS_PROCESSING" | "NKA_MERCHANT_NOT_SUPPORT" | "ONLY_TRADE_RELATION_ADJUSTABLE";

/**
 * `alipay.open.fee.adjust.apply`: POST /v3/alipay/open/fee/adjust/apply over v3 (multipart: a `data` part and file parts `attachment`, `cert_pic`, `shop_scene_pic`, `shop_sign_pic`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { alipayOpenFeeAdjustApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenFeeAdjustApply, { account: '…', application_fee: '…' });
 * ```
 */
export const alipayOpenFeeAdjustApply: ApiDefinition<"alipay.open.fee.adjust.apply", AlipayOpenFeeAdjustApplyRequest, AlipayOpenFeeAdjustApplyResult, AlipayOpenFeeAdjustApplyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.fee.adjust.apply",
  { verb: 'POST', body: 'multipart', files: ["attachment", "cert_pic", "shop_scene_pic", "shop_sign_pic"], data: true },
  () => ({ account: 0, application_fee: 0, cert_date_limitation: 0, cert_no: 0, cert_type: 0, city_code: 0, detail_address: 0, district_code: 0, product_code: 0, province_code: 0, attachment: 3, cert_pic: 3, shop_scene_pic: 3, shop_sign_pic: 3 }),
  () => ({}),
  /* @__PURE__ */ multipartShape(["attachment", "cert_pic", "shop_scene_pic", "shop_sign_pic"]),
);
