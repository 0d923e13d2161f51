// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerversion.beta.confirm` (POST /v3/alipay/open/mini/innerversion/beta/confirm: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionBetaConfirmRequest = { app_origin: '…', memo: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerversionBetaConfirmRequest {
  app_origin?: string;
  memo?: string;
  mini_app_id?: string;
  operate?: string;
  pid?: string;
  plugin_id?: string;
}

/**
 * The result of `alipay.open.mini.innerversion.beta.confirm`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionBetaConfirmResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniInnerversionBetaConfirmResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.innerversion.beta.confirm` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionBetaConfirmErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniInnerversionBetaConfirmErrorCode = "SYSTEM_ERROR" | "PLUGIN_BETA_RELATION_NOT_EXIST";

/**
 * `alipay.open.mini.innerversion.beta.confirm`: POST /v3/alipay/open/mini/innerversion/beta/confirm over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionBetaConfirm } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionBetaConfirm, { app_origin: '…', memo: '…' });
 * ```
 */
export const alipayOpenMiniInnerversionBetaConfirm: ApiDefinition<"alipay.open.mini.innerversion.beta.confirm", AlipayOpenMiniInnerversionBetaConfirmRequest, AlipayOpenMiniInnerversionBetaConfirmResult, AlipayOpenMiniInnerversionBetaConfirmErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.beta.confirm",
  'POST',
  () => ({ app_origin: 0, memo: 0, mini_app_id: 0, operate: 0, pid: 0, plugin_id: 0 }),
  () => ({}),
);
