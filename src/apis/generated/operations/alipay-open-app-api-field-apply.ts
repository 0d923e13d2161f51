// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';

/**
 * The request of `alipay.open.app.api.field.apply` (POST /v3/alipay/open/app/api/field/apply: multipart: a `data` part and file parts `picture_1`, `picture_2`, `picture_3`, `picture_4`, `picture_5`, `video`).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAppApiFieldApplyRequest = { picture_1: new Uint8Array(await file.arrayBuffer()), picture_2: new Uint8Array(await file.arrayBuffer()) };
 * ```
 */
export interface AlipayOpenAppApiFieldApplyRequest {
  auth_field_apply?: AuthFieldApply;
  /** A file part: bytes or a Blob (a File keeps its name). */
  picture_1?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  picture_2?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  picture_3?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  picture_4?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  picture_5?: Blob | Uint8Array;
  /** A file part: bytes or a Blob (a File keeps its name). */
  video?: Blob | Uint8Array;
}

/**
 * The result of `alipay.open.app.api.field.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAppApiFieldApplyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenAppApiFieldApplyResult = Record<string, never>;

/**
 * The error codes of `alipay.open.app.api.field.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAppApiFieldApplyErrorCode = "BIZ_ERROR";
 * ```
 */
export type AlipayOpenAppApiFieldApplyErrorCode = "BIZ_ERROR" | "SYSTEM_ERROR" | "APP_ID_IS_BLANK" | "APP_INFO_NOT_EXIST" | "AUTHFIELDAPPLY_IS_BLANK" | "API_NAME_IS_BLANK" | "FIELD_NAME_IS_BLANK" | "PACKAGE_CODE_IS_BLANK" | "SCENE_CODE_IS_BLANK" | "QPS_ANSWER_IS_BLANK" | "CUSTOMER_ANSWER_IS_BLANK" | "FILE_ITEMS_IS_BLANK" | "AUTH_FIELD_SCENE_IS_BLANK" | "SCENE_CODE_ERROR" | "USER_ID_NO_PERMISSION" | "SHOW_PACKAGE_IS_BLANK" | "PACKAGE_CODE_ERROR" | "TINYAPP_HEALTH_CHECK_INVALID" | "TINYAPP_SAFETY_CHECK_INVALID" | "API_NAME_ERROR" | "AUTH_API_FIELD_IS_BLANK" | "AUTH_API_APPLY_IS_PASS" | "FILE_FORMAT_IS_INVALID" | "FILE_SIZE_MIN_LIMIT" | "FILE_SIZE_OUT_LIMIT" | "FILE_QUALITY_IS_INVALID" | "AUTH_API_FIELD_IS_AUDITING" | "ACCOUNT_TYPE_ERROR" | "PRIVACY_FIELD_NOT_EXIST";

/**
 * `AuthFieldApply`, a model of Alipay's v3 description (in `alipay.open.app.api.field.apply`).
 *
 * @example
 * ```ts
 * const value: AuthFieldApply = { api_name: '…', customer_answer: '…' };
 * ```
 */
export interface AuthFieldApply {
  api_name?: string;
  customer_answer?: string;
  field_name?: string;
  memo?: string;
  package_code?: string;
  qps_answer?: string;
  scene_code?: string;
  tiny_app_template_id?: string;
}
const AuthFieldApplyShape = (): object => ({ api_name: 0, customer_answer: 0, field_name: 0, memo: 0, package_code: 0, qps_answer: 0, scene_code: 0, tiny_app_template_id: 0 });

/**
 * `alipay.open.app.api.field.apply`: POST /v3/alipay/open/app/api/field/apply over v3 (multipart: a `data` part and file parts `picture_1`, `picture_2`, `picture_3`, `picture_4`, `picture_5`, `video`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { alipayOpenAppApiFieldApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAppApiFieldApply, { picture_1: new Uint8Array(await file.arrayBuffer()), picture_2: new Uint8Array(await file.arrayBuffer()) });
 * ```
 */
export const alipayOpenAppApiFieldApply: ApiDefinition<"alipay.open.app.api.field.apply", AlipayOpenAppApiFieldApplyRequest, AlipayOpenAppApiFieldApplyResult, AlipayOpenAppApiFieldApplyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.app.api.field.apply",
  { verb: 'POST', body: 'multipart', files: ["picture_1", "picture_2", "picture_3", "picture_4", "picture_5", "video"], data: true },
  () => ({ auth_field_apply: AuthFieldApplyShape, picture_1: 3, picture_2: 3, picture_3: 3, picture_4: 3, picture_5: 3, video: 3 }),
  () => ({}),
  /* @__PURE__ */ multipartShape(["picture_1", "picture_2", "picture_3", "picture_4", "picture_5", "video"]),
);
