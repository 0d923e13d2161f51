// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.agent.commonsign.confirm` (POST /v3/alipay/open/agent/commonsign/confirm: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAgentCommonsignConfirmRequest = { batch_no: '…' };
 * ```
 */
export interface AlipayOpenAgentCommonsignConfirmRequest {
  batch_no?: string;
}

/**
 * The result of `alipay.open.agent.commonsign.confirm`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAgentCommonsignConfirmResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenAgentCommonsignConfirmResult {
  order_no?: string;
}

/**
 * The error codes of `alipay.open.agent.commonsign.confirm` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAgentCommonsignConfirmErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenAgentCommonsignConfirmErrorCode = "INVALID_PARAMETER" | "INVALID_BATCH_NO" | "NO_APP_PERMISSION" | "BATCH_STATUS_IS_FINAL" | "BATCH_IS_NOT_EXIST" | "BATCH_IS_EMPTY" | "BUSINESS_LICENSE_NO_EMPTY" | "FEERATE_NOT_INTERAVL" | "BIZ_ERROR" | "OPEN_API_SIGN_PRODUCT_NOT_SUPPORT" | "OPEN_API_SIGN_ISV_NOT_IN_WHITELIST" | "UNKNOWN_EXCEPTION" | "SYSTEM_ERROR" | "MERCHANT_SIGN_PRODUCT_IN_AUDIT" | "ANT_PRODUCT_CONFLICT" | "NOT_MATCHED_SSU_OR_PS" | "OPEN_API_SIGN_PRODUCT_NUM_TOO_BIG" | "MERCHANT_INTERFACE_INFO_ERR" | "ORDER_TYPE_NULL_ERROR" | "RESTRICT_VALID_ERROR" | "NEW_LINK_CANNOT_BATCH_SIGN" | "PRODUCT_CANNOT_MIX_SIGN" | "PRODUCT_OPEN_FAIL" | "PRODUCT_NO_OPENABLE_PERMISSION_SET";

/**
 * `alipay.open.agent.commonsign.confirm`: POST /v3/alipay/open/agent/commonsign/confirm over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAgentCommonsignConfirm } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAgentCommonsignConfirm, { batch_no: '…' });
 * ```
 */
export const alipayOpenAgentCommonsignConfirm: ApiDefinition<"alipay.open.agent.commonsign.confirm", AlipayOpenAgentCommonsignConfirmRequest, AlipayOpenAgentCommonsignConfirmResult, AlipayOpenAgentCommonsignConfirmErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.agent.commonsign.confirm",
  'POST',
  () => ({ batch_no: 0 }),
  () => ({ order_no: 0 }),
);
