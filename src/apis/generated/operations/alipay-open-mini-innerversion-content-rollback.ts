// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerversion.content.rollback` (POST /v3/alipay/open/mini/innerversion/content/rollback: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionContentRollbackRequest = { app_origin: '…', app_version: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerversionContentRollbackRequest {
  app_origin?: string;
  app_version?: string;
  bundle_id?: string;
  mini_app_id?: string;
  pid?: string;
}

/**
 * The result of `alipay.open.mini.innerversion.content.rollback`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionContentRollbackResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniInnerversionContentRollbackResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.innerversion.content.rollback` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionContentRollbackErrorCode = "APP_ORIGIN_IS_BLANK";
 * ```
 */
export type AlipayOpenMiniInnerversionContentRollbackErrorCode = "APP_ORIGIN_IS_BLANK" | "APP_ORIGIN_NOT_EXIST" | "BUNDLE_ID_NOT_EXIST" | "BUNDLE_ID_IS_BLANK" | "PID_IS_BLANK" | "APPID_IS_BLANK";

/**
 * `alipay.open.mini.innerversion.content.rollback`: POST /v3/alipay/open/mini/innerversion/content/rollback over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionContentRollback } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionContentRollback, { app_origin: '…', app_version: '…' });
 * ```
 */
export const alipayOpenMiniInnerversionContentRollback: ApiDefinition<"alipay.open.mini.innerversion.content.rollback", AlipayOpenMiniInnerversionContentRollbackRequest, AlipayOpenMiniInnerversionContentRollbackResult, AlipayOpenMiniInnerversionContentRollbackErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.content.rollback",
  'POST',
  () => ({ app_origin: 0, app_version: 0, bundle_id: 0, mini_app_id: 0, pid: 0 }),
  () => ({}),
);
