// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';

/**
 * The request of `alipay.open.agent.mobilepay.sign` (POST /v3/alipay/open/agent/mobilepay/sign: multipart: a `data` part and file parts `app_auth_pic`, `app_demo`, `app_home_screenshot`, `app_item_screenshot`, `app_pay_screenshot`, `business_license_auth_pic`, `business_license_pic`, `home_screenshot`, `in_app_screenshot`, `pay_screenshot`, `special_license_pic`).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAgentMobilepaySignRequest = { app_name: '…', app_status: '…' };
 * ```
 */
export interface AlipayOpenAgentMobilepaySignRequest {
  app_market?: string[];
  app_name?: string;
  app_status?: string;
  app_test_account?: string;
  app_test_account_password?: string;
  app_type?: string[];
  batch_no?: string;
  business_license_mobile?: string;
  business_license_no?: string;
  date_limitation?: string;
  download_link?: string;
  long_term?: boolean;
  mcc_code?: string;
  mobile_type?: string;
  trade_scene?: string;
  /** A file part: bytes or a Blob (a File keeps its name). */
  app_auth_pic?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  app_demo?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  app_home_screenshot?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  app_item_screenshot?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  app_pay_screenshot?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  business_license_auth_pic?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  business_license_pic?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  home_screenshot?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  in_app_screenshot?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  pay_screenshot?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  special_license_pic?: Blob | Uint8Array;
}

/**
 * The result of `alipay.open.agent.mobilepay.sign`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAgentMobilepaySignResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenAgentMobilepaySignResult = Record<string, never>;

/**
 * The error codes of `alipay.open.agent.mobilepay.sign` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAgentMobilepaySignErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenAgentMobilepaySignErrorCode = "INVALID_PARAMETER" | "INVALID_BATCH_NO" | "BATCH_STATUS_IS_FINAL" | "BATCH_IS_NOT_EXIST" | "SYSTEM_ERROR" | "ISV_APP_ORDER_PACKAGE_EMPTY" | "ISV_APP_NO_ORDER_PACKAGE" | "MERCHANT_SIGN_PRODUCT_IN_AUDIT" | "MERCHANT_SIGN_PRODUCT_IN_FORBIDD" | "NO_APP_PERMISSION" | "FILE_SIZE_OUT_LIMIT" | "FILE_SIZE_MIN_LIMIT" | "FILE_FORMAT_IS_INVALID" | "PRE_AUTH_INVALID_AUTH_TICKET" | "PRE_AUTH_INVALID_AUTH_TOKEN" | "PRE_AUTH_INVOKE_API_NOT_PERMITTE" | "PRE_AUTH_INVALID_PACKAGE" | "PRE_AUTH_INVALID_AUTH_APP_ID" | "MERCHANT_NEED_FACE_CERTIFY" | "MERCHANT_STATE_NOT_SATISFY" | "UN_SUPPORT_ACCOUNT_CERTIFY_LEVEL" | "UN_SUPPORT_ACCOUNT_TYPE" | "ANT_PRODUCT_CONFLICT" | "USER_CARD_BALANCE_PAY_CLOSED" | "CHECK_AGDS_SELLER_ACCESS_FAILED" | "ANT_PRODUCT_DEPENDENCY_REQUIRED" | "ISV_IDENTITY_NOT_SATISFY" | "NOT_MATCHED_SSU_OR_PS" | "ADMIT_ORDER_NO_PASS" | "PRODUCT_NO_OPENABLE_PERMISSION_SET";

/**
 * `alipay.open.agent.mobilepay.sign`: POST /v3/alipay/open/agent/mobilepay/sign over v3 (multipart: a `data` part and file parts `app_auth_pic`, `app_demo`, `app_home_screenshot`, `app_item_screenshot`, `app_pay_screenshot`, `business_license_auth_pic`, `business_license_pic`, `home_screenshot`, `in_app_screenshot`, `pay_screenshot`, `special_license_pic`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { alipayOpenAgentMobilepaySign } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAgentMobilepaySign, { app_name: '…', app_status: '…' });
 * ```
 */
export const alipayOpenAgentMobilepaySign: ApiDefinition<"alipay.open.agent.mobilepay.sign", AlipayOpenAgentMobilepaySignRequest, AlipayOpenAgentMobilepaySignResult, AlipayOpenAgentMobilepaySignErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.agent.mobilepay.sign",
  { verb: 'POST', body: 'multipart', files: ["app_auth_pic", "app_demo", "app_home_screenshot", "app_item_screenshot", "app_pay_screenshot", "business_license_auth_pic", "business_license_pic", "home_screenshot", "in_app_screenshot", "pay_screenshot", "special_license_pic"], data: true },
  () => ({ app_market: [0], app_name: 0, app_status: 0, app_test_account: 0, app_test_account_password: 0, app_type: [0], batch_no: 0, business_license_mobile: 0, business_license_no: 0, date_limitation: 0, download_link: 0, long_term: 2, mcc_code: 0, mobile_type: 0, trade_scene: 0, app_auth_pic: 3, app_demo: 3, app_home_screenshot: 3, app_item_screenshot: 3, app_pay_screenshot: 3, business_license_auth_pic: 3, business_license_pic: 3, home_screenshot: 3, in_app_screenshot: 3, pay_screenshot: 3, special_license_pic: 3 }),
  () => ({}),
  /* @__PURE__ */ multipartShape(["app_auth_pic", "app_demo", "app_home_screenshot", "app_item_screenshot", "app_pay_screenshot", "business_license_auth_pic", "business_license_pic", "home_screenshot", "in_app_screenshot", "pay_screenshot", "special_license_pic"]),
);
