// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerversion.info.delete` (DELETE /v3/alipay/open/mini/innerversion/info/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionInfoDeleteRequest = { mini_app_id: "2018********", app_origin: "ASTORE" };
 * ```
 */
export interface AlipayOpenMiniInnerversionInfoDeleteRequest {
  /** A query parameter (v3). */
  mini_app_id?: string;
  /** A query parameter (v3). */
  app_origin?: string;
  /** A query parameter (v3). */
  bundle_id?: string;
  /** A query parameter (v3). */
  app_version?: string;
  /** A query parameter (v3). */
  pid?: string;
  /** A query parameter (v3). */
  inst_code?: string;
}

/**
 * The result of `alipay.open.mini.innerversion.info.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionInfoDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniInnerversionInfoDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.innerversion.info.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionInfoDeleteErrorCode = "APPID_IS_BLANK";
 * ```
 */
export type AlipayOpenMiniInnerversionInfoDeleteErrorCode = "APPID_IS_BLANK" | "PACKAGE_VERSION_IS_BLANK" | "BUNDLE_ID_IS_BLANK" | "PID_IS_BLANK" | "BUNDLE_ID_NOT_EXIST" | "VERSION_LENGTH_ERROR" | "VERSION_EXCEEDED_LENGTH" | "APP_ORIGIN_NOT_EXIST" | "APP_INFO_NOT_EXIST" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_NOT_ONLINE" | "SYSTEM_ERROR" | "MINI_APP_PACKAGE_INFO_NOT_EXIST" | "CAN_NOT_DELETE_WITH_SCANNING" | "CAN_NOT_DELETE_WITH_EXPERIENCE" | "CAN_NOT_DELETE_WITHOUT_DEV";

/**
 * `alipay.open.mini.innerversion.info.delete`: DELETE /v3/alipay/open/mini/innerversion/info/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionInfoDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionInfoDelete, { mini_app_id: "2018********", app_origin: "ASTORE" });
 * ```
 */
export const alipayOpenMiniInnerversionInfoDelete: ApiDefinition<"alipay.open.mini.innerversion.info.delete", AlipayOpenMiniInnerversionInfoDeleteRequest, AlipayOpenMiniInnerversionInfoDeleteResult, AlipayOpenMiniInnerversionInfoDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.info.delete",
  { verb: 'DELETE', query: ["mini_app_id", "app_origin", "bundle_id", "app_version", "pid", "inst_code"] },
  () => ({ mini_app_id: 0, app_origin: 0, bundle_id: 0, app_version: 0, pid: 0, inst_code: 0 }),
  () => ({}),
);
