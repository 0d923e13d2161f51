// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';
import { type SignAddressInfo, SignAddressInfoShape } from '../models/SignAddressInfo.ts';

/**
 * The request of `alipay.open.agent.offlinepayment.sign` (POST /v3/alipay/open/agent/offlinepayment/sign: multipart: a `data` part and file parts `business_license_pic`, `shop_scene_pic`, `shop_sign_board_pic`, `special_license_pic`).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAgentOfflinepaymentSignRequest = { batch_no: '…', business_license_mobile: '…' };
 * ```
 */
export interface AlipayOpenAgentOfflinepaymentSignRequest {
  batch_no?: string;
  business_license_mobile?: string;
  business_license_no?: string;
  date_limitation?: string;
  delivery_address?: SignAddressInfo;
  long_term?: boolean;
  mcc_code?: string;
  rate?: string;
  shop_address?: SignAddressInfo;
  shop_name?: string;
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
 * The result of `alipay.open.agent.offlinepayment.sign`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAgentOfflinepaymentSignResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenAgentOfflinepaymentSignResult = Record<string, never>;

/**
 * The error codes of `alipay.open.agent.offlinepayment.sign` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAgentOfflinepaymentSignErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenAgentOfflinepaymentSignErrorCode = "INVALID_PARAMETER" | "INVALID_BATCH_NO" | "BATCH_IS_NOT_EXIST" | "BATCH_STATUS_IS_FINAL" | "SYSTEM_ERROR" | "ISV_APP_ORDER_PACKAGE_EMPTY" | "ISV_APP_NO_ORDER_PACKAGE" | "MERCHANT_SIGN_PRODUCT_IN_AUDIT" | "MERCHANT_SIGN_PRODUCT_IN_FORBIDD" | "NO_APP_PERMISSION" | "FILE_SIZE_OUT_LIMIT" | "FILE_SIZE_MIN_LIMIT" | "FILE_FORMAT_IS_INVALID" | "PRE_AUTH_INVALID_AUTH_TICKET" | "PRE_AUTH_INVALID_AUTH_TOKEN" | "PRE_AUTH_INVOKE_API_NOT_PERMITTE" | "PRE_AUTH_INVALID_PACKAGE" | "PRE_AUTH_INVALID_AUTH_APP_ID" | "MERCHANT_NEED_FACE_CERTIFY" | "MERCHANT_STATE_NOT_SATISFY" | "UN_SUPPORT_ACCOUNT_CERTIFY_LEVEL" | "UN_SUPPORT_ACCOUNT_TYPE" | "ANT_PRODUCT_CONFLICT" | "USER_CARD_BALANCE_PAY_CLOSED" | "CHECK_AGDS_SELLER_ACCESS_FAILED" | "ANT_PRODUCT_DEPENDENCY_REQUIRED" | "ISV_NO_PERMISSION" | "AGENT_SIGN_IN_AUDIT_BY_SAME_ISV" | "AGENT_SIGN_IN_AUDIT_BY_DIFF_ISV" | "AGENT_SIGN_CONFIRM_BY_SAME_ISV" | "AGENT_SIGN_CONFIRM_BY_DIFF_ISV" | "AGENT_SIGN_VALID_BY_SAME_ISV" | "SHOP_SIGN_BOARD_PIC_RISK" | "BUSINESS_LICENSE_PIC_RISK" | "AGENT_SIGN_PRODUCT_IN_FORBIDDEN" | "BIZ_ERROR" | "ISV_IDENTITY_NOT_SATISFY";

/**
 * `alipay.open.agent.offlinepayment.sign`: POST /v3/alipay/open/agent/offlinepayment/sign over v3 (multipart: a `data` part and file parts `business_license_pic`, `shop_scene_pic`, `shop_sign_board_pic`, `special_license_pic`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { alipayOpenAgentOfflinepaymentSign } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAgentOfflinepaymentSign, { batch_no: '…', business_license_mobile: '…' });
 * ```
 */
export const alipayOpenAgentOfflinepaymentSign: ApiDefinition<"alipay.open.agent.offlinepayment.sign", AlipayOpenAgentOfflinepaymentSignRequest, AlipayOpenAgentOfflinepaymentSignResult, AlipayOpenAgentOfflinepaymentSignErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.agent.offlinepayment.sign",
  { verb: 'POST', body: 'multipart', files: ["business_license_pic", "shop_scene_pic", "shop_sign_board_pic", "special_license_pic"], data: true },
  () => ({ batch_no: 0, business_license_mobile: 0, business_license_no: 0, date_limitation: 0, delivery_address: SignAddressInfoShape, long_term: 2, mcc_code: 0, rate: 0, shop_address: SignAddressInfoShape, shop_name: 0, business_license_pic: 3, shop_scene_pic: 3, shop_sign_board_pic: 3, special_license_pic: 3 }),
  () => ({}),
  /* @__PURE__ */ multipartShape(["business_license_pic", "shop_scene_pic", "shop_sign_board_pic", "special_license_pic"]),
);
