// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.sign.flow.cancel` (POST /v3/alipay/eco/sign/flow/cancel: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEcoSignFlowCancelRequest = { target_app_id: '…', flow_id: '…' };
 * ```
 */
export interface AlipayEcoSignFlowCancelRequest {
  /** A query parameter (v3). */
  target_app_id?: string;
  flow_id?: string;
  revoke_reason?: string;
}

/**
 * The result of `alipay.eco.sign.flow.cancel`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoSignFlowCancelResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayEcoSignFlowCancelResult = Record<string, never>;

/**
 * The error codes of `alipay.eco.sign.flow.cancel` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoSignFlowCancelErrorCode = "NOT_ALLOW_REVOKE";
 * ```
 */
export type AlipayEcoSignFlowCancelErrorCode = "NOT_ALLOW_REVOKE" | "PARAM_ERROR" | "SYSTEM_ERROR";

/**
 * `alipay.eco.sign.flow.cancel`: POST /v3/alipay/eco/sign/flow/cancel over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoSignFlowCancel } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoSignFlowCancel, { target_app_id: '…', flow_id: '…' });
 * ```
 */
export const alipayEcoSignFlowCancel: ApiDefinition<"alipay.eco.sign.flow.cancel", AlipayEcoSignFlowCancelRequest, AlipayEcoSignFlowCancelResult, AlipayEcoSignFlowCancelErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.sign.flow.cancel",
  { verb: 'POST', query: ["target_app_id"] },
  () => ({ target_app_id: 0, flow_id: 0, revoke_reason: 0 }),
  () => ({}),
);
