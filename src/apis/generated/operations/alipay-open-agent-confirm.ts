// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.agent.confirm` (POST /v3/alipay/open/agent/confirm: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAgentConfirmRequest = { batch_no: '…' };
 * ```
 */
export interface AlipayOpenAgentConfirmRequest {
  batch_no?: string;
}

/**
 * The result of `alipay.open.agent.confirm`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAgentConfirmResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenAgentConfirmResult {
  app_auth_token?: string;
  app_refresh_token?: string;
  auth_app_id?: string;
  expires_in?: string;
  open_id?: string;
  order_no?: string;
  re_expires_in?: string;
  user_id?: string;
}

/**
 * The error codes of `alipay.open.agent.confirm` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAgentConfirmErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenAgentConfirmErrorCode = "INVALID_PARAMETER" | "INVALID_BATCH_NO" | "NO_APP_PERMISSION" | "BATCH_STATUS_IS_FINAL" | "BATCH_IS_NOT_EXIST" | "BATCH_IS_EMPTY" | "PRE_AUTH_INVALID_AUTH_TICKET" | "PRE_AUTH_INVALID_AUTH_TOKEN" | "PRE_AUTH_INVOKE_API_NOT_PERMITTE" | "PRE_AUTH_INVALID_AUTH_APP_ID" | "PRE_AUTH_TICKET_EXCHANGE_FAILED" | "PRE_AUTH_TICKET_CREATE_APP_ONCE" | "PRE_AUTH_TICKET_NEED_CREATE_APP" | "BUSINESS_LICENSE_NO_EMPTY" | "FEERATE_NOT_INTERAVL" | "BIZ_ERROR" | "SYSTEM_ERROR" | "NEW_LINK_CANNOT_BATCH_SIGN" | "PRODUCT_CANNOT_MIX_SIGN" | "PRODUCT_OPEN_FAIL" | "OPEN_API_SIGN_ISV_NOT_IN_WHITELIST" | "ANT_PRODUCT_CONFLICT" | "ISV_APP_NO_ORDER_PACKAGE";

/**
 * `alipay.open.agent.confirm`: POST /v3/alipay/open/agent/confirm over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAgentConfirm } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAgentConfirm, { batch_no: '…' });
 * ```
 */
export const alipayOpenAgentConfirm: ApiDefinition<"alipay.open.agent.confirm", AlipayOpenAgentConfirmRequest, AlipayOpenAgentConfirmResult, AlipayOpenAgentConfirmErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.agent.confirm",
  'POST',
  () => ({ batch_no: 0 }),
  () => ({ app_auth_token: 0, app_refresh_token: 0, auth_app_id: 0, expires_in: 0, open_id: 0, order_no: 0, re_expires_in: 0, user_id: 0 }),
);
