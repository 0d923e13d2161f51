// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';

/**
 * The request of `alipay.open.mini.baseinfo.modify` (POST /v3/alipay/open/mini/baseinfo/modify: multipart: a `data` part and file parts `app_logo`).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniBaseinfoModifyRequest = { app_category_ids: '…', app_desc: '…' };
 * ```
 */
export interface AlipayOpenMiniBaseinfoModifyRequest {
  app_category_ids?: string;
  app_desc?: string;
  app_english_name?: string;
  app_name?: string;
  app_slogan?: string;
  mini_category_ids?: string;
  service_email?: string;
  service_phone?: string;
  /** A file part: bytes or a Blob (a File keeps its name). */
  app_logo?: Blob | Uint8Array;
}

/**
 * The result of `alipay.open.mini.baseinfo.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniBaseinfoModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniBaseinfoModifyResult {
  modify_status?: string;
}

/**
 * The error codes of `alipay.open.mini.baseinfo.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniBaseinfoModifyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniBaseinfoModifyErrorCode = "SYSTEM_ERROR" | "MODIFY_PARAMS_ARE_BLANK" | "CAN_NOT_MODIFY_BASE_INFO" | "INVALID_MINI_APP_NAME" | "INVALID_MINI_APP_NAME_LENGTH" | "MINI_APP_NAME_DUPLICATE" | "MINI_APP_NAME_SENSITIVE" | "INVALID_MINI_APP_EN_NAME" | "INVALID_MINI_APP_EN_NAME_LENGTH" | "MINI_APP_EN_NAME_DUPLICATE" | "MINI_APP_EN_NAME_SENSITIVE" | "INVALID_MINI_APP_SLOGAN_LENGTH" | "MINI_APP_SLOGAN_SENSITIVE" | "CATEGOTY_NUM_IS_INVALID" | "INVALID_CATEGOTY" | "INVALID_LOGO_EXT" | "LOGO_EXCEED_MAX_SIZE" | "LOGO_HEIGHT_NOT_EQUAL_WIDTH" | "MINI_APP_DESC_SENSITIVE" | "INVALID_MINI_APP_DESC_LENGTH" | "INVALID_MINI_APP_SERVICE_PHONE" | "INVALID_MINI_APP_SERVICE_EMAIL" | "MINI_APP_SERVICE_EMAIL_SENSITIVE" | "APPLICATION_TYPE_NOT_MINIAPP" | "INVALID_MINI_APP_DESC" | "INVALID_MINI_APP_SLOGAN" | "RISK_DECISION_CHECK_FAIL" | "RISK_DECISION_HIT_BRAND" | "SERVICE_TEL_AND_MAIL_BOTH_BLANK" | "APP_DESC_IS_BLANK" | "MINI_APP_NOT_ONLINE" | "LOGO_SIZE_EXCEED" | "CATEGORY_IS_BLANK" | "PRIVATE_NOT_ALLOW_CATEGORY" | "CANNOT_MODIFY_CATEGORY_WITH_RELATION_VERSION" | "MINI_APP_INFO_AUDIT_CONTAINS" | "CATEGORY_NUM_IS_INVALID" | "SLOGAN_IS_BLANK" | "OP_FREQUENCY_LIMIT" | "LOGO_IS_BLANK" | "INVALID_LOGO" | "INVALID_PARAMETER" | "NOT_ALLOW_BETA_CATEGORY" | "DEVELOPER_INFO_NOT_EXIST" | "CANNOT_MODIFY_NAME_AFTER_ONLINE";

/**
 * `alipay.open.mini.baseinfo.modify`: POST /v3/alipay/open/mini/baseinfo/modify over v3 (multipart: a `data` part and file parts `app_logo`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { alipayOpenMiniBaseinfoModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniBaseinfoModify, { app_category_ids: '…', app_desc: '…' });
 * ```
 */
export const alipayOpenMiniBaseinfoModify: ApiDefinition<"alipay.open.mini.baseinfo.modify", AlipayOpenMiniBaseinfoModifyRequest, AlipayOpenMiniBaseinfoModifyResult, AlipayOpenMiniBaseinfoModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.baseinfo.modify",
  { verb: 'POST', body: 'multipart', files: ["app_logo"], data: true },
  () => ({ app_category_ids: 0, app_desc: 0, app_english_name: 0, app_name: 0, app_slogan: 0, mini_category_ids: 0, service_email: 0, service_phone: 0, app_logo: 3 }),
  () => ({ modify_status: 0 }),
  /* @__PURE__ */ multipartShape(["app_logo"]),
);
