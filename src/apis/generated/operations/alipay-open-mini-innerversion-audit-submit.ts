// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerversion.audit.submit` (POST /v3/alipay/open/mini/innerversion/audit/submit: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionAuditSubmitRequest = { app_category_ids: '…', app_desc: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerversionAuditSubmitRequest {
  app_category_ids?: string;
  app_desc?: string;
  app_english_name?: string;
  app_logo?: string;
  app_name?: string;
  app_origin?: string;
  app_slogan?: string;
  app_version?: string;
  bundle_id?: string;
  license_info?: AuditLicenseInfo;
  memo?: string;
  mini_app_id?: string;
  mini_category_ids?: string;
  open_id?: string;
  out_door_pic?: string;
  pid?: string;
  screen_shot_list?: string[];
  service_email?: string;
  service_phone?: string;
  special_license_pic_list?: string;
  version_desc?: string;
}

/**
 * The result of `alipay.open.mini.innerversion.audit.submit`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionAuditSubmitResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniInnerversionAuditSubmitResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.innerversion.audit.submit` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionAuditSubmitErrorCode = "INVALID_MINI_APP_NAME_LENGTH";
 * ```
 */
export type AlipayOpenMiniInnerversionAuditSubmitErrorCode = "INVALID_MINI_APP_NAME_LENGTH" | "SPECIAL_LICENSE_PICS_ARE_BLANK" | "INVALID_MINI_APP_NAME" | "INVALID_MINI_APP_EN_NAME" | "INVALID_MINI_APP_EN_NAME_LENGTH" | "INVALID_MINI_APP_SLOGAN" | "SERVICE_TEL_AND_MAIL_BOTH_BLANK" | "INVALID_MINI_APP_SERVICE_TEL" | "INVALID_MINI_APP_SERVICE_MAIL" | "CATEGORY_NUM_IS_INVALID" | "CATEGORY_IS_BLANK" | "APP_DESC_IS_BLANK" | "INVALID_MINI_APP_DESC_LENGTH" | "INVALID_MINI_APP_DESC" | "APP_VERSION_IS_BLANK" | "VERSION_DESC_IS_BLANK" | "INVALID_VERSION_DESC_LENGTH" | "INVALID_MINI_APP_VERSION_DESC" | "SCREEN_SHOTS_ARE_BLANK" | "SCREEN_SHOT_NUM_IS_INVALID" | "INVALID_MINI_APP_MEMO_LENGTH" | "APPLICATION_TYPE_NOT_MINIAPP" | "INVALID_MINI_APP_SAFE_DOMAIN" | "CAN_NOT_SUBMIT_WITH_ALI_CLOUD" | "MINI_APP_NAME_DUPLICATE" | "MINI_APP_EN_NAME_DUPLICATE" | "INVALID_CATEGORY" | "MINI_APP_NAME_SENSITIVE" | "MINI_APP_EN_NAME_SENSITIVE" | "MINI_APP_SLOGAN_SENSITIVE" | "MINI_APP_MEMO_SENSITIVE" | "MINI_APP_DESC_SENSITIVE" | "MINI_APP_SERVICE_MAIL_SENSITIVE" | "MINI_APP_VERSION_DESC_SENSITIVE" | "MINI_APP_PACKAGE_INFO_NOT_EXIST" | "CAN_NOT_MODIFY_NAME_ONCE_ONLINE" | "CAN_NOT_MODIFY_EN_ONCE_ONLINE" | "MODIFY_SLOGAN_EXCEED_COUNT" | "MODIFY_CATEGORY_ID_EXCEED_COUNT" | "MODIFY_DESC_EXCEED_COUNT" | "CAN_NOT_SUBMIT_WITH_AUDIT" | "CAN_NOT_SUBMIT_WITHOUT_INIT" | "CAN_NOT_SUBMIT_WITHOUT_SCAN_PASS" | "CAN_NOT_SUBMIT_WITH_AUDIT_GRAY" | "EXIST_LARGER_ONLINED_VERSION" | "LICENSE_NO_IS_BLANK" | "LICENSE_VALID_DATE_IS_BLANK" | "LICENSE_VALID_DATE_IS_INVALID" | "OUT_DOOR_PIC_IS_BLANK" | "LICENSE_PICS_ARE_BLANK" | "LICENSE_PIC_NUM_IS_INVALID" | "LICENSE_CHECK_FAIL" | "LOGO_HEIGHT_NOT_EQUAL_WIDTH" | "INVALID_SCREEN_SHOT_EXT" | "SCREEN_SHOT_EXCEED_MAX_SIZE" | "INVALID_LICENSE_PIC_EXT" | "LICENSE_PIC_EXCEED_MAX_SIZE" | "INVALID_OUT_DOOR_PIC_EXT" | "OUT_DOOR_PIC_EXCEED_MAX_SIZE" | "LOGO_EXCEED_MAX_SIZE" | "INVALID_LOGO_EXT" | "INVALID_PARAMS" | "INVALID_LOGO" | "INVALID_IMAGE" | "RISK_DECISION_CHECK_FAIL" | "TINY_APP_AUDIT_NOT_PERMIT" | "APP_ORIGIN_NOT_EXIST" | "DEFAULT_LOGO" | "SLOGAN_IS_BLANK" | "INVALID_PARAMETER";

/**
 * `AuditLicenseInfo`, a model of Alipay's v3 description (in `alipay.open.mini.innerversion.audit.submit`).
 *
 * @example
 * ```ts
 * const value: AuditLicenseInfo = { license_name: '…', license_no: '…' };
 * ```
 */
export interface AuditLicenseInfo {
  license_name?: string;
  license_no?: string;
  license_pic_list?: string[];
  license_valid_date?: string;
  out_door_pic?: string;
}
const AuditLicenseInfoShape = (): object => ({ license_name: 0, license_no: 0, license_pic_list: [0], license_valid_date: 0, out_door_pic: 0 });

/**
 * `alipay.open.mini.innerversion.audit.submit`: POST /v3/alipay/open/mini/innerversion/audit/submit over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionAuditSubmit } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionAuditSubmit, { app_category_ids: '…', app_desc: '…' });
 * ```
 */
export const alipayOpenMiniInnerversionAuditSubmit: ApiDefinition<"alipay.open.mini.innerversion.audit.submit", AlipayOpenMiniInnerversionAuditSubmitRequest, AlipayOpenMiniInnerversionAuditSubmitResult, AlipayOpenMiniInnerversionAuditSubmitErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.audit.submit",
  'POST',
  () => ({ app_category_ids: 0, app_desc: 0, app_english_name: 0, app_logo: 0, app_name: 0, app_origin: 0, app_slogan: 0, app_version: 0, bundle_id: 0, license_info: AuditLicenseInfoShape, memo: 0, mini_app_id: 0, mini_category_ids: 0, open_id: 0, out_door_pic: 0, pid: 0, screen_shot_list: [0], service_email: 0, service_phone: 0, special_license_pic_list: 0, version_desc: 0 }),
  () => ({}),
);
