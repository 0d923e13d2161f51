// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';
import { type SignAddressInfo, SignAddressInfoShape } from '../models/SignAddressInfo.ts';

/**
 * The request of `alipay.open.agent.facetoface.sign` (POST /v3/alipay/open/agent/facetoface/sign: multipart: a `data` part and file parts `business_license_auth_pic`, `business_license_pic`, `shop_scene_pic`, `shop_sign_board_pic`, `special_license_pic`).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAgentFacetofaceSignRequest = { batch_no: '…', business_license_mobile: '…' };
 * ```
 */
export interface AlipayOpenAgentFacetofaceSignRequest {
  batch_no?: string;
  business_license_mobile?: string;
  business_license_no?: string;
  date_limitation?: string;
  long_term?: boolean;
  mcc_code?: string;
  rate?: string;
  shop_address?: SignAddressInfo;
  shop_name?: string;
  sign_and_auth?: boolean;
  /** A file part: bytes or a Blob (a File keeps its name). */
  business_license_auth_pic?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  business_license_pic?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  shop_scene_pic?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  shop_sign_board_pic?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  special_license_pic?: Blob | Uint8Array;
}

/**
 * The result of `alipay.open.agent.facetoface.sign`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAgentFacetofaceSignResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenAgentFacetofaceSignResult = Record<string, never>;

/**
 * The error codes of `alipay.open.agent.facetoface.sign` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAgentFacetofaceSignErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenAgentFacetofaceSignErrorCode = "INVALID_PARAMETER" | "INVALID_BATCH_NO" | "BATCH_IS_NOT_EXIST" | "BATCH_STATUS_IS_FINAL" | "SYSTEM_ERROR" | "ISV_APP_ORDER_PACKAGE_EMPTY" | "ISV_APP_NO_ORDER_PACKAGE" | "MERCHANT_SIGN_PRODUCT_IN_AUDIT" | "MERCHANT_SIGN_PRODUCT_IN_FORBIDD" | "NO_APP_PERMISSION" | "FILE_SIZE_OUT_LIMIT" | "FILE_SIZE_MIN_LIMIT" | "FILE_FORMAT_IS_INVALID" | "PRE_AUTH_INVALID_AUTH_TICKET" | "PRE_AUTH_INVALID_AUTH_TOKEN" | "PRE_AUTH_INVOKE_API_NOT_PERMITTE" | "PRE_AUTH_INVALID_PACKAGE" | "PRE_AUTH_INVALID_AUTH_APP_ID" | "MERCHANT_NEED_FACE_CERTIFY" | "MERCHANT_STATE_NOT_SATISFY" | "UN_SUPPORT_ACCOUNT_CERTIFY_LEVEL" | "UN_SUPPORT_ACCOUNT_TYPE" | "ANT_PRODUCT_CONFLICT" | "USER_CARD_BALANCE_PAY_CLOSED" | "CHECK_AGDS_SELLER_ACCESS_FAILED" | "ANT_PRODUCT_DEPENDENCY_REQUIRED" | "FACE_TO_FACE_RATE_PARAM_ERROR" | "RISK_ADVICE_ERROR" | "USER_ACCOUNT_IS_BLOCK" | "NOT_MATCHED_SSU_OR_PS" | "BUSINESS_LICENSE_PIC_RISK" | "SHOP_SIGN_BOARD_PIC_RISK" | "UNKNOWN_EXCEPTION" | "BIZ_ERROR" | "ISV_IDENTITY_NOT_SATISFY" | "ADMIT_ORDER_NO_PASS";

/**
 * `alipay.open.agent.facetoface.sign`: POST /v3/alipay/open/agent/facetoface/sign over v3 (multipart: a `data` part and file parts `business_license_auth_pic`, `business_license_pic`, `shop_scene_pic`, `shop_sign_board_pic`, `special_license_pic`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { alipayOpenAgentFacetofaceSign } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAgentFacetofaceSign, { batch_no: '…', business_license_mobile: '…' });
 * ```
 */
export const alipayOpenAgentFacetofaceSign: ApiDefinition<"alipay.open.agent.facetoface.sign", AlipayOpenAgentFacetofaceSignRequest, AlipayOpenAgentFacetofaceSignResult, AlipayOpenAgentFacetofaceSignErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.agent.facetoface.sign",
  { verb: 'POST', body: 'multipart', files: ["business_license_auth_pic", "business_license_pic", "shop_scene_pic", "shop_sign_board_pic", "special_license_pic"], data: true },
  () => ({ batch_no: 0, business_license_mobile: 0, business_license_no: 0, date_limitation: 0, long_term: 2, mcc_code: 0, rate: 0, shop_address: SignAddressInfoShape, shop_name: 0, sign_and_auth: 2, business_license_auth_pic: 3, business_license_pic: 3, shop_scene_pic: 3, shop_sign_board_pic: 3, special_license_pic: 3 }),
  () => ({}),
  /* @__PURE__ */ multipartShape(["business_license_auth_pic", "business_license_pic", "shop_scene_pic", "shop_sign_board_pic", "special_license_pic"]),
);
