// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.sign.flow.finish` (POST /v3/alipay/eco/sign/flow/finish: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEcoSignFlowFinishRequest = { target_app_id: '…', flow_id: '…' };
 * ```
 */
export interface AlipayEcoSignFlowFinishRequest {
  /** A query parameter (v3). */
  target_app_id?: string;
  flow_id?: string;
}

/**
 * The result of `alipay.eco.sign.flow.finish`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoSignFlowFinishResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayEcoSignFlowFinishResult = Record<string, never>;

/**
 * The error codes of `alipay.eco.sign.flow.finish` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoSignFlowFinishErrorCode = "PARAM_ERROR";
 * ```
 */
export type AlipayEcoSignFlowFinishErrorCode = "PARAM_ERROR" | "SYSTEM_ERROR";

/**
 * `alipay.eco.sign.flow.finish`: POST /v3/alipay/eco/sign/flow/finish over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoSignFlowFinish } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoSignFlowFinish, { target_app_id: '…', flow_id: '…' });
 * ```
 */
export const alipayEcoSignFlowFinish: ApiDefinition<"alipay.eco.sign.flow.finish", AlipayEcoSignFlowFinishRequest, AlipayEcoSignFlowFinishResult, AlipayEcoSignFlowFinishErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.sign.flow.finish",
  { verb: 'POST', query: ["target_app_id"] },
  () => ({ target_app_id: 0, flow_id: 0 }),
  () => ({}),
);
