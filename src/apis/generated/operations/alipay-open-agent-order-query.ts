// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.agent.order.query` (GET /v3/alipay/open/agent/order/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAgentOrderQueryRequest = { batch_no: "2017110616474516400082883" };
 * ```
 */
export interface AlipayOpenAgentOrderQueryRequest {
  /** A query parameter (v3). */
  batch_no?: string;
}

/**
 * The result of `alipay.open.agent.order.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAgentOrderQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenAgentOrderQueryResult {
  agent_app_id?: string;
  confirm_url?: string;
  merchant_pid?: string;
  order_no?: string;
  order_status?: string;
  product_agent_status_infos?: ProductAgentStatusInfo[];
  reject_reason?: string;
  restrict_infos?: SignRestrictInfo[];
}

/**
 * The error codes of `alipay.open.agent.order.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAgentOrderQueryErrorCode = "INVALID_BATCH_NO";
 * ```
 */
export type AlipayOpenAgentOrderQueryErrorCode = "INVALID_BATCH_NO" | "BATCH_IS_NOT_EXIST" | "INVALID_PARAMETER" | "SYSTEM_ERROR" | "NO_APP_PERMISSION" | "BATCH_STATUS_NOT_SUBMIT";

/**
 * `ProductAgentStatusInfo`, a model of Alipay's v3 description (in `alipay.open.agent.order.query`).
 *
 * @example
 * ```ts
 * const value: ProductAgentStatusInfo = { product_code: '…', product_name: '…' };
 * ```
 */
export interface ProductAgentStatusInfo {
  product_code?: string;
  product_name?: string;
  reject_reason?: string;
  status?: string;
}
const ProductAgentStatusInfoShape = (): object => ({ product_code: 0, product_name: 0, reject_reason: 0, status: 0 });

/**
 * `SignRestrictInfo`, a model of Alipay's v3 description (in `alipay.open.agent.order.query`).
 *
 * @example
 * ```ts
 * const value: SignRestrictInfo = { restrict_product: '…', restrict_reason: '…' };
 * ```
 */
export interface SignRestrictInfo {
  restrict_product?: string;
  restrict_reason?: string;
  restrict_reason_code?: string;
  restrict_version?: string;
}
const SignRestrictInfoShape = (): object => ({ restrict_product: 0, restrict_reason: 0, restrict_reason_code: 0, restrict_version: 0 });

/**
 * `alipay.open.agent.order.query`: GET /v3/alipay/open/agent/order/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAgentOrderQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAgentOrderQuery, { batch_no: "2017110616474516400082883" });
 * ```
 */
export const alipayOpenAgentOrderQuery: ApiDefinition<"alipay.open.agent.order.query", AlipayOpenAgentOrderQueryRequest, AlipayOpenAgentOrderQueryResult, AlipayOpenAgentOrderQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.agent.order.query",
  { verb: 'GET', query: ["batch_no"] },
  () => ({ batch_no: 0 }),
  () => ({ agent_app_id: 0, confirm_url: 0, merchant_pid: 0, order_no: 0, order_status: 0, product_agent_status_infos: [ProductAgentStatusInfoShape], reject_reason: 0, restrict_infos: [SignRestrictInfoShape] }),
);
