// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';
import { type RegionInfo, RegionInfoShape } from '../models/RegionInfo.ts';

/**
 * The request of `alipay.open.mini.version.audit.apply` (POST /v3/alipay/open/mini/version/audit/apply: multipart: a `data` part and file parts `app_logo`, `fifth_license_pic`, `fifth_screen_shot`, `first_license_pic`, `first_screen_shot`, `first_special_license_pic`, `fourth_license_pic`, `fourth_screen_shot`, `out_door_pic`, `second_license_pic`, `second_screen_shot`, `second_special_license_pic`, `test_file_name`, `third_license_pic`, `third_screen_shot`, `third_special_license_pic`).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniVersionAuditApplyRequest = { app_category_ids: '…', app_desc: '…' };
 * ```
 */
export interface AlipayOpenMiniVersionAuditApplyRequest {
  app_category_ids?: string;
  app_desc?: string;
  app_english_name?: string;
  app_name?: string;
  app_slogan?: string;
  app_version?: string;
  audit_rule?: string;
  auto_online?: string;
  bundle_id?: string;
  license_name?: string;
  license_no?: string;
  license_valid_date?: string;
  memo?: string;
  mini_category_ids?: string;
  region_type?: string;
  service_email?: string;
  service_phone?: string;
  service_region_info?: RegionInfo[];
  speed_up?: string;
  test_accout?: string;
  test_password?: string;
  version_desc?: string;
  /** A file part: bytes or a Blob (a File keeps its name). */
  app_logo?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  fifth_license_pic?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  fifth_screen_shot?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  first_license_pic?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  first_screen_shot?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  first_special_license_pic?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  fourth_license_pic?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  fourth_screen_shot?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  out_door_pic?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  second_license_pic?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  second_screen_shot?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  second_special_license_pic?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  test_file_name?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  third_license_pic?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  third_screen_shot?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  third_special_license_pic?: Blob | Uint8Array;
}

/**
 * The result of `alipay.open.mini.version.audit.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniVersionAuditApplyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniVersionAuditApplyResult {
  speed_up?: string;
  speed_up_memo?: string;
}

/**
 * The error codes of `alipay.open.mini.version.audit.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniVersionAuditApplyErrorCode = "CAN_NOT_SUBMIT_WITH_PUNISH_ORDER_LIMIT";
 * ```
 */
export type AlipayOpenMiniVersionAuditApplyErrorCode = "CAN_NOT_SUBMIT_WITH_PUNISH_ORDER_LIMIT" | "SYSTEM_ERROR" | "APP_NAME_IS_BLANK" | "INVALID_MINI_APP_NAME_LENGTH" | "INVALID_MINI_APP_NAME" | "ENGLISH_NAME_IS_BLANK" | "INVALID_MINI_APP_EN_NAME" | "INVALID_MINI_APP_EN_NAME_LENGTH" | "SLOGAN_IS_BLANK" | "INVALID_MINI_APP_SLOGAN_LENGTH" | "INVALID_MINI_APP_SLOGAN" | "SERVICE_TEL_AND_MAIL_BOTH_BLANK" | "INVALID_MINI_APP_SERVICE_TEL" | "INVALID_MINI_APP_SERVICE_MAIL" | "CATEGORY_IS_BLANK" | "CATEGORY_NUM_IS_INVALID" | "APP_DESC_IS_BLANK" | "INVALID_MINI_APP_DESC_LENGTH" | "INVALID_MINI_APP_DESC" | "REGION_TYPE_IS_BLANK" | "REGION_TYPE_IS_INVALID" | "REGION_CODE_IS_BLANK" | "APP_VERSION_IS_BLANK" | "VERSION_DESC_IS_BLANK" | "INVALID_VERSION_DESC_LENGTH" | "INVALID_MINI_APP_VERSION_DESC" | "SCREEN_SHOTS_ARE_BLANK" | "SCREEN_SHOT_NUM_IS_INVALID" | "INVALID_MINI_APP_MEMO_LENGTH" | "APPLICATION_TYPE_NOT_MINIAPP" | "INVALID_MINI_APP_SAFE_DOMAIN" | "CAN_NOT_SUBMIT_WITH_ALI_CLOUD" | "MINI_APP_NAME_DUPLICATE" | "MINI_APP_EN_NAME_DUPLICATE" | "INVALID_CATEGORY" | "INVALID_REGION" | "MINI_APP_NAME_SENSITIVE" | "MINI_APP_EN_NAME_SENSITIVE" | "MINI_APP_SLOGAN_SENSITIVE" | "MINI_APP_MEMO_SENSITIVE" | "MINI_APP_DESC_SENSITIVE" | "MINI_APP_SERVICE_MAIL_SENSITIVE" | "MINI_APP_VERSION_DESC_SENSITIVE" | "MINI_APP_PACKAGE_INFO_NOT_EXIST" | "CAN_NOT_MODIFY_NAME_ONCE_ONLINE" | "CAN_NOT_MODIFY_EN_ONCE_ONLINE" | "MODIFY_SLOGAN_EXCEED_COUNT" | "MODIFY_CATEGORY_ID_EXCEED_COUNT" | "MODIFY_DESC_EXCEED_COUNT" | "CAN_NOT_SUBMIT_WITH_AUDIT" | "CAN_NOT_SUBMIT_WITHOUT_INIT" | "CAN_NOT_SUBMIT_WITHOUT_SCAN_PASS" | "CAN_NOT_SUBMIT_WITH_AUDIT_GRAY" | "EXIST_LARGER_ONLINED_VERSION" | "LICENSE_NO_IS_BLANK" | "LICENSE_VALID_DATE_IS_BLANK" | "LICENSE_VALID_DATE_IS_INVALID" | "OUT_DOOR_PIC_IS_BLANK" | "LICENSE_PICS_ARE_BLANK" | "LICENSE_PIC_NUM_IS_INVALID" | "LICENSE_CHECK_FAIL" | "LOGO_HEIGHT_NOT_EQUAL_WIDTH" | "INVALID_SCREEN_SHOT_EXT" | "SCREEN_SHOT_EXCEED_MAX_SIZE" | "INVALID_PARAMETER" | "LOGO_EXCEED_MAX_SIZE" | "INVALID_LOGO_EXT" | "INVALID_PARAMS" | "INVALID_LOGO" | "RISK_DECISION_CHECK_FAIL" | "TINY_APP_AUDIT_NOT_PERMIT" | "RISK_DECISION_HIT_BRAND" | "BRAND_TORT_NOT_END" | "SPECIAL_LICENSE_PICS_ARE_BLANK" | "FILE_IS_BLANK" | "INVALID_FILE_EXT" | "FILE_SIZE_EXCEED" | "INVALID_SPECIAL_LICENSE_NUM" | "BUNDLE_ID_NOT_EXIST" | "DEFAULT_LOGO" | "SUBMIT_REPEAT" | "PRIVATE_NOT_ALLOW_CATEGORY" | "MINI_APP_INFO_AUDIT_CONTAINS" | "MINI_VERSION_NAME_DUPLICATE" | "LOGO_SIZE_EXCEED" | "APP_INFO_NOT_EXIST" | "USER_NOT_EXIST" | "REGION_CODE_IS_INVALID" | "SERVICE_TEL_IS_BLANK" | "INVALID_MINI_APP_NAME_PREFIX" | "SYSTEM_LIMIT" | "LOGO_IS_BLANK" | "HAS_NO_MODIFY_CNT" | "INVALID_TEST_PWD_LENGTH" | "SUB_APPLICATION_TYPE_ERROR" | "LICENSE_NAME_IS_BLANK" | "RISK_DECISION_HIT_BROAD" | "INVALID_TEST_ACCOUNT_LENGTH" | "DEVELOPER_INFO_NOT_EXIST" | "INVALIID_MEMO_TRADENO" | "MEMO_TRADENO_CHECK_FAIL" | "MINI_APP_VERSION_ITERATION_EXIST" | "MINIAPP_VERSION_NOT_EXSIT" | "MINI_APP_RESTRICTED_AUDIT_CONTROL" | "CAN_NOT_SUBMIT_WITH_ONLINE_MINI_APP_EXCEED_LIMIT";

/**
 * `alipay.open.mini.version.audit.apply`: POST /v3/alipay/open/mini/version/audit/apply over v3 (multipart: a `data` part and file parts `app_logo`, `fifth_license_pic`, `fifth_screen_shot`, `first_license_pic`, `first_screen_shot`, `first_special_license_pic`, `fourth_license_pic`, `fourth_screen_shot`, `out_door_pic`, `second_license_pic`, `second_screen_shot`, `second_special_license_pic`, `test_file_name`, `third_license_pic`, `third_screen_shot`, `third_special_license_pic`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { alipayOpenMiniVersionAuditApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniVersionAuditApply, { app_category_ids: '…', app_desc: '…' });
 * ```
 */
export const alipayOpenMiniVersionAuditApply: ApiDefinition<"alipay.open.mini.version.audit.apply", AlipayOpenMiniVersionAuditApplyRequest, AlipayOpenMiniVersionAuditApplyResult, AlipayOpenMiniVersionAuditApplyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.version.audit.apply",
  { verb: 'POST', body: 'multipart', files: ["app_logo", "fifth_license_pic", "fifth_screen_shot", "first_license_pic", "first_screen_shot", "first_special_license_pic", "fourth_license_pic", "fourth_screen_shot", "out_door_pic", "second_license_pic", "second_screen_shot", "second_special_license_pic", "test_file_name", "third_license_pic", "third_screen_shot", "third_special_license_pic"], data: true },
  () => ({ app_category_ids: 0, app_desc: 0, app_english_name: 0, app_name: 0, app_slogan: 0, app_version: 0, audit_rule: 0, auto_online: 0, bundle_id: 0, license_name: 0, license_no: 0, license_valid_date: 0, memo: 0, mini_category_ids: 0, region_type: 0, service_email: 0, service_phone: 0, service_region_info: [RegionInfoShape], speed_up: 0, test_accout: 0, test_password: 0, version_desc: 0, app_logo: 3, fifth_license_pic: 3, fifth_screen_shot: 3, first_license_pic: 3, first_screen_shot: 3, first_special_license_pic: 3, fourth_license_pic: 3, fourth_screen_shot: 3, out_door_pic: 3, second_license_pic: 3, second_screen_shot: 3, second_special_license_pic: 3, test_file_name: 3, third_license_pic: 3, third_screen_shot: 3, third_special_license_pic: 3 }),
  () => ({ speed_up: 0, speed_up_memo: 0 }),
  /* @__PURE__ */ multipartShape(["app_logo", "fifth_license_pic", "fifth_screen_shot", "first_license_pic", "first_screen_shot", "first_special_license_pic", "fourth_license_pic", "fourth_screen_shot", "out_door_pic", "second_license_pic", "second_screen_shot", "second_special_license_pic", "test_file_name", "third_license_pic", "third_screen_shot", "third_special_license_pic"]),
);
