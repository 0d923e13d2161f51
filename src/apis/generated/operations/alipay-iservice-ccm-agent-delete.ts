// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.agent.delete` (DELETE /v3/alipay/iservice/ccm/agent/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmAgentDeleteRequest = { id: "2019032101896769" };
 * ```
 */
export interface AlipayIserviceCcmAgentDeleteRequest {
  /** A query parameter (v3). */
  id?: string;
}

/**
 * The result of `alipay.iservice.ccm.agent.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmAgentDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayIserviceCcmAgentDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.iservice.ccm.agent.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmAgentDeleteErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmAgentDeleteErrorCode = "INVALID_PARAMETER" | "INTERNAL_ERROR" | "TENENT_NOT_FOUND" | "AGENT_NOT_EXISTS";

/**
 * `alipay.iservice.ccm.agent.delete`: DELETE /v3/alipay/iservice/ccm/agent/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmAgentDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmAgentDelete, { id: "2019032101896769" });
 * ```
 */
export const alipayIserviceCcmAgentDelete: ApiDefinition<"alipay.iservice.ccm.agent.delete", AlipayIserviceCcmAgentDeleteRequest, AlipayIserviceCcmAgentDeleteResult, AlipayIserviceCcmAgentDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.agent.delete",
  { verb: 'DELETE', query: ["id"] },
  () => ({ id: 0 }),
  () => ({}),
);
