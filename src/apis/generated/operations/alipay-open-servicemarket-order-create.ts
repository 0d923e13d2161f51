// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';

/**
 * The request of `alipay.open.servicemarket.order.create` (POST /v3/alipay/open/servicemarket/order/create: multipart: a `data` part and file parts `app_logo`).
 *
 * @example
 * ```ts
 * const request: AlipayOpenServicemarketOrderCreateRequest = { app_category_ids: '…', app_desc: '…' };
 * ```
 */
export interface AlipayOpenServicemarketOrderCreateRequest {
  app_category_ids?: string;
  app_desc?: string;
  app_english_name?: string;
  app_name?: string;
  app_origin?: string;
  app_slogan?: string;
  market_code?: string;
  merchandise_id?: string;
  merchant_pid?: string;
  mini_app_id?: string;
  mini_category_ids?: string;
  out_biz_no?: string;
  service_email?: string;
  service_phone?: string;
  /** A file part: bytes or a Blob (a File keeps its name). */
  app_logo?: Blob | Uint8Array;
}

/**
 * The result of `alipay.open.servicemarket.order.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenServicemarketOrderCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenServicemarketOrderCreateResult {
  commodity_order_id?: string;
  mini_app_id?: string;
}

/**
 * The error codes of `alipay.open.servicemarket.order.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenServicemarketOrderCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenServicemarketOrderCreateErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "BIZ_ERROR" | "AGENT_AUTH_FAIL" | "NOT_SUPPORT_ORDER_BY_OPENAPI" | "USER_INVALID_STATUS" | "USER_NOT_EXIST" | "SIGN_AGREEMENT_FAILED" | "MINI_APP_NAME_DUPLICATE" | "ENGLISH_NAME_IS_BLANK" | "INVALID_MINI_APP_EN_NAME" | "MINI_APP_NAME_SENSITIVE" | "INVALID_MINI_APP_EN_NAME_LENGTH" | "APP_NAME_IS_BLANK" | "INVALID_MINI_APP_NAME" | "INVALID_MINI_APP_NAME_LENGTH" | "CREATE_MINI_APP_EXCEED_MAX_COUNT" | "INVALID_CATEGORY" | "RISK_DECISION_CHECK_FAIL" | "BLACK_LIST_CHECK_FAIL" | "MINI_APP_EN_NAME_SENSITIVE" | "MINI_APP_SLOGAN_SENSITIVE" | "MINI_APP_DESC_SENSITIVE" | "MINI_APP_SERVICE_MAIL_SENSITIVE" | "CREATE_MINI_APP_PID_PUNISH" | "MINI_APP_EN_NAME_DUPLICATE" | "APP_ID_EXIST" | "APP_ID_ILLEGAL" | "INVALID_MINI_APP_DESC_LENGTH" | "RISK_DECISION_HIT_BRAND" | "INVALID_MINI_APP_SLOGAN_LENGTH";

/**
 * `alipay.open.servicemarket.order.create`: POST /v3/alipay/open/servicemarket/order/create over v3 (multipart: a `data` part and file parts `app_logo`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { alipayOpenServicemarketOrderCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenServicemarketOrderCreate, { app_category_ids: '…', app_desc: '…' });
 * ```
 */
export const alipayOpenServicemarketOrderCreate: ApiDefinition<"alipay.open.servicemarket.order.create", AlipayOpenServicemarketOrderCreateRequest, AlipayOpenServicemarketOrderCreateResult, AlipayOpenServicemarketOrderCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.servicemarket.order.create",
  { verb: 'POST', body: 'multipart', files: ["app_logo"], data: true },
  () => ({ app_category_ids: 0, app_desc: 0, app_english_name: 0, app_name: 0, app_origin: 0, app_slogan: 0, market_code: 0, merchandise_id: 0, merchant_pid: 0, mini_app_id: 0, mini_category_ids: 0, out_biz_no: 0, service_email: 0, service_phone: 0, app_logo: 3 }),
  () => ({ commodity_order_id: 0, mini_app_id: 0 }),
  /* @__PURE__ */ multipartShape(["app_logo"]),
);
