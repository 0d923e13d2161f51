// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';

/**
 * The request of `alipay.open.agent.common.sign` (POST /v3/alipay/open/agent/common/sign: multipart: a `data` part and file parts `app_auth_pic`, `app_demo`, `app_home_screenshot`, `app_item_screenshot`, `app_pay_screenshot`, `business_license_auth_pic`, `business_license_pic`, `h_5_extra_pic`, `h_5_home_screenshot`, `h_5_item_screenshot`, `h_5_pay_screenshot`, `h_5_sites_loa`, `mini_app_screenshot`, `shop_scene_pic`, `shop_sign_board_pic`, `special_license_pic`, `web_home_screenshot`, `web_item_screenshot`, `web_pay_screenshot`, `web_sites_loa`).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAgentCommonSignRequest = { alipay_life_name: '…', app_market: '…' };
 * ```
 */
export interface AlipayOpenAgentCommonSignRequest {
  alipay_life_name?: string;
  app_market?: string;
  app_name?: string;
  app_status?: string;
  app_test_account?: string;
  app_test_account_password?: string;
  batch_no?: string;
  business_license_no?: string;
  date_limitation?: string;
  download_link?: string;
  h_5_memo?: string;
  h_5_sites?: string;
  h_5_status?: string;
  life_app_id?: string;
  long_term?: boolean;
  mcc_code?: string;
  mini_app_id?: string;
  mini_app_name?: string;
  mobile_type?: string;
  product_code?: string;
  rate?: string;
  shop_city_code?: string;
  shop_detail_address?: string;
  shop_district_code?: string;
  shop_name?: string;
  shop_province_code?: string;
  special_license_type?: string;
  trade_scene?: string;
  web_sites?: string[];
  web_status?: string;
  web_test_account?: string;
  web_test_account_password?: string;
  /** @deprecated */
  wechat_official_account_name?: string;
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
  h_5_extra_pic?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  h_5_home_screenshot?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  h_5_item_screenshot?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  h_5_pay_screenshot?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  h_5_sites_loa?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  mini_app_screenshot?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  shop_scene_pic?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  shop_sign_board_pic?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  special_license_pic?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  web_home_screenshot?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  web_item_screenshot?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  web_pay_screenshot?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  web_sites_loa?: Blob | Uint8Array;
}

/**
 * The result of `alipay.open.agent.common.sign`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAgentCommonSignResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenAgentCommonSignResult = Record<string, never>;

/**
 * The error codes of `alipay.open.agent.common.sign` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAgentCommonSignErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenAgentCommonSignErrorCode = "INVALID_PARAMETER" | "INVALID_BATCH_NO" | "BATCH_IS_NOT_EXIST" | "BATCH_STATUS_IS_FINAL" | "SYSTEM_ERROR" | "ISV_APP_ORDER_PACKAGE_EMPTY" | "ISV_APP_NO_ORDER_PACKAGE" | "MERCHANT_SIGN_PRODUCT_IN_AUDIT" | "MERCHANT_SIGN_PRODUCT_IN_FORBIDD" | "NO_APP_PERMISSION" | "FILE_SIZE_OUT_LIMIT" | "FILE_SIZE_MIN_LIMIT" | "FILE_FORMAT_IS_INVALID" | "MERCHANT_NEED_FACE_CERTIFY" | "MERCHANT_STATE_NOT_SATISFY" | "UN_SUPPORT_ACCOUNT_CERTIFY_LEVEL" | "UN_SUPPORT_ACCOUNT_TYPE" | "ANT_PRODUCT_CONFLICT" | "USER_CARD_BALANCE_PAY_CLOSED" | "CHECK_AGDS_SELLER_ACCESS_FAILED" | "ANT_PRODUCT_DEPENDENCY_REQUIRED" | "RISK_ADVICE_ERROR" | "USER_ACCOUNT_IS_BLOCK" | "NOT_MATCHED_SSU_OR_PS" | "BUSINESS_LICENSE_PIC_RISK" | "SHOP_SIGN_BOARD_PIC_RISK" | "OPEN_API_SIGN_ISV_NOT_IN_WHITELIST" | "OPEN_API_SIGN_PRODUCT_NOT_SUPPORT" | "UNKNOWN_EXCEPTION" | "BIZ_ERROR" | "ISV_IDENTITY_NOT_SATISFY" | "CHECK_MERCHANT_ACCESS_CERT_PUNISHED" | "ADMIT_ORDER_NO_PASS" | "PRODUCT_NO_OPENABLE_PERMISSION_SET";

/**
 * `alipay.open.agent.common.sign`: POST /v3/alipay/open/agent/common/sign over v3 (multipart: a `data` part and file parts `app_auth_pic`, `app_demo`, `app_home_screenshot`, `app_item_screenshot`, `app_pay_screenshot`, `business_license_auth_pic`, `business_license_pic`, `h_5_extra_pic`, `h_5_home_screenshot`, `h_5_item_screenshot`, `h_5_pay_screenshot`, `h_5_sites_loa`, `mini_app_screenshot`, `shop_scene_pic`, `shop_sign_board_pic`, `special_license_pic`, `web_home_screenshot`, `web_item_screenshot`, `web_pay_screenshot`, `web_sites_loa`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { alipayOpenAgentCommonSign } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAgentCommonSign, { alipay_life_name: '…', app_market: '…' });
 * ```
 */
export const alipayOpenAgentCommonSign: ApiDefinition<"alipay.open.agent.common.sign", AlipayOpenAgentCommonSignRequest, AlipayOpenAgentCommonSignResult, AlipayOpenAgentCommonSignErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.agent.common.sign",
  { verb: 'POST', body: 'multipart', files: ["app_auth_pic", "app_demo", "app_home_screenshot", "app_item_screenshot", "app_pay_screenshot", "business_license_auth_pic", "business_license_pic", "h_5_extra_pic", "h_5_home_screenshot", "h_5_item_screenshot", "h_5_pay_screenshot", "h_5_sites_loa", "mini_app_screenshot", "shop_scene_pic", "shop_sign_board_pic", "special_license_pic", "web_home_screenshot", "web_item_screenshot", "web_pay_screenshot", "web_sites_loa"], data: true },
  () => ({ alipay_life_name: 0, app_market: 0, app_name: 0, app_status: 0, app_test_account: 0, app_test_account_password: 0, batch_no: 0, business_license_no: 0, date_limitation: 0, download_link: 0, h_5_memo: 0, h_5_sites: 0, h_5_status: 0, life_app_id: 0, long_term: 2, mcc_code: 0, mini_app_id: 0, mini_app_name: 0, mobile_type: 0, product_code: 0, rate: 0, shop_city_code: 0, shop_detail_address: 0, shop_district_code: 0, shop_name: 0, shop_province_code: 0, special_license_type: 0, trade_scene: 0, web_sites: [0], web_status: 0, web_test_account: 0, web_test_account_password: 0, wechat_official_account_name: 0, app_auth_pic: 3, app_demo: 3, app_home_screenshot: 3, app_item_screenshot: 3, app_pay_screenshot: 3, business_license_auth_pic: 3, business_license_pic: 3, h_5_extra_pic: 3, h_5_home_screenshot: 3, h_5_item_screenshot: 3, h_5_pay_screenshot: 3, h_5_sites_loa: 3, mini_app_screenshot: 3, shop_scene_pic: 3, shop_sign_board_pic: 3, special_license_pic: 3, web_home_screenshot: 3, web_item_screenshot: 3, web_pay_screenshot: 3, web_sites_loa: 3 }),
  () => ({}),
  /* @__PURE__ */ multipartShape(["app_auth_pic", "app_demo", "app_home_screenshot", "app_item_screenshot", "app_pay_screenshot", "business_license_auth_pic", "business_license_pic", "h_5_extra_pic", "h_5_home_screenshot", "h_5_item_screenshot", "h_5_pay_screenshot", "h_5_sites_loa", "mini_app_screenshot", "shop_scene_pic", "shop_sign_board_pic", "special_license_pic", "web_home_screenshot", "web_item_screenshot", "web_pay_screenshot", "web_sites_loa"]),
);
