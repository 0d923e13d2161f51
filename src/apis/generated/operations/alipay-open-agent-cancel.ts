// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.agent.cancel` (POST /v3/alipay/open/agent/cancel: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAgentCancelRequest = { batch_no: '…' };
 * ```
 */
export interface AlipayOpenAgentCancelRequest {
  batch_no?: string;
}

/**
 * The result of `alipay.open.agent.cancel`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAgentCancelResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenAgentCancelResult = Record<string, never>;

/**
 * The error codes of `alipay.open.agent.cancel` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAgentCancelErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenAgentCancelErrorCode = "INVALID_PARAMETER" | "INVALID_BATCH_NO" | "NO_APP_PERMISSION" | "BATCH_STATUS_IS_FINAL" | "BATCH_IS_NOT_EXIST";

/**
 * `alipay.open.agent.cancel`: POST /v3/alipay/open/agent/cancel over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAgentCancel } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAgentCancel, { batch_no: '…' });
 * ```
 */
export const alipayOpenAgentCancel: ApiDefinition<"alipay.open.agent.cancel", AlipayOpenAgentCancelRequest, AlipayOpenAgentCancelResult, AlipayOpenAgentCancelErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.agent.cancel",
  'POST',
  () => ({ batch_no: 0 }),
  () => ({}),
);
