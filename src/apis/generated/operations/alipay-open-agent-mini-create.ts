// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';

/**
 * The request of `alipay.open.agent.mini.create` (POST /v3/alipay/open/agent/mini/create: multipart: a `data` part and file parts `app_logo`).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAgentMiniCreateRequest = { app_category_ids: '…', app_desc: '…' };
 * ```
 */
export interface AlipayOpenAgentMiniCreateRequest {
  app_category_ids?: string;
  app_desc?: string;
  app_english_name?: string;
  app_name?: string;
  app_slogan?: string;
  batch_no?: string;
  mini_category_ids?: string;
  service_email?: string;
  service_phone?: string;
  /** A file part: bytes or a Blob (a File keeps its name). */
  app_logo?: Blob | Uint8Array;
}

/**
 * The result of `alipay.open.agent.mini.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAgentMiniCreateResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenAgentMiniCreateResult = Record<string, never>;

/**
 * The error codes of `alipay.open.agent.mini.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAgentMiniCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenAgentMiniCreateErrorCode = "INVALID_PARAMETER" | "INVALID_BATCH_NO" | "NO_APP_PERMISSION" | "BATCH_STATUS_IS_FINAL" | "APP_INFO_NOT_EXIST" | "ISV_APP_NO_TINYAPP_SCENE" | "BATCH_IS_NOT_EXIST" | "MERCHANT_NOT_ENTERPRISE" | "APP_NAME_IS_BLANK" | "INVALID_MINI_APP_NAME" | "INVALID_MINI_APP_NAME_LENGTH" | "MINI_APP_NAME_DUPLICATE" | "MINI_APP_NAME_SENSITIVE" | "ENGLISH_NAME_IS_BLANK" | "INVALID_MINI_APP_EN_NAME" | "INVALID_MINI_APP_EN_NAME_LENGTH" | "MINI_APP_EN_NAME_DUPLICATE" | "MINI_APP_EN_NAME_SENSITIVE" | "LOGO_IS_BLANK" | "SLOGAN_IS_BLANK" | "INVALID_MINI_APP_SLOGAN_LENGTH" | "INVALID_MINI_APP_SLOGAN" | "MINI_APP_SLOGAN_SENSITIVE" | "SERVICE_TEL_AND_MAIL_BOTH_BLANK" | "INVALID_MINI_APP_SERVICE_TEL" | "INVALID_MINI_APP_SERVICE_MAIL" | "MINI_APP_SERVICE_MAIL_SENSITIVE" | "CATEGORY_IS_BLANK" | "CATEGOTY_NUM_IS_INVALID" | "INVALID_CATEGORY" | "APP_DESC_IS_BLANK" | "INVALID_MINI_APP_DESC_LENGTH" | "INVALID_MINI_APP_DESC" | "PID_IS_BLANK" | "CREATE_MINI_APP_EXCEED_MAX_COUNT" | "CREATE_MINI_APP_PID_PUNISH" | "FILE_FORMAT_IS_INVALID" | "FILE_SIZE_OUT_LIMIT" | "PRE_AUTH_INVALID_AUTH_TICKET" | "PRE_AUTH_INVALID_AUTH_TOKEN" | "PRE_AUTH_INVOKE_API_NOT_PERMITTE" | "PRE_AUTH_INVALID_CREATE_APPLICAT" | "PRE_AUTH_INVALID_AUTH_APP_ID" | "PRE_AUTH_TICKET_CREATE_APP_ONCE" | "BLACK_LIST_CHECK_FAIL" | "RISK_DECISION_CHECK_FAIL" | "RISK_DECISION_HIT_BRAND" | "INVALID_CONTACT_MOBILE" | "INVALID_CONTACT_NAME" | "INVALID_CONTACT_EMAIL" | "MERCHANT_IS_NOT_EXIST" | "MERCHANT_NOT_ACTIVED" | "MERCHANT_CAN_NOT_LOGON" | "MERCHANT_NOT_ENABLED" | "MERCHANT_NOT_CERTIFIED" | "DUPLICATE_CREATE_APP_NAME";

/**
 * `alipay.open.agent.mini.create`: POST /v3/alipay/open/agent/mini/create over v3 (multipart: a `data` part and file parts `app_logo`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { alipayOpenAgentMiniCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAgentMiniCreate, { app_category_ids: '…', app_desc: '…' });
 * ```
 */
export const alipayOpenAgentMiniCreate: ApiDefinition<"alipay.open.agent.mini.create", AlipayOpenAgentMiniCreateRequest, AlipayOpenAgentMiniCreateResult, AlipayOpenAgentMiniCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.agent.mini.create",
  { verb: 'POST', body: 'multipart', files: ["app_logo"], data: true },
  () => ({ app_category_ids: 0, app_desc: 0, app_english_name: 0, app_name: 0, app_slogan: 0, batch_no: 0, mini_category_ids: 0, service_email: 0, service_phone: 0, app_logo: 3 }),
  () => ({}),
  /* @__PURE__ */ multipartShape(["app_logo"]),
);
