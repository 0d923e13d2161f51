// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.agent.signstatus.query` (POST /v3/alipay/open/agent/signstatus/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAgentSignstatusQueryRequest = { pid: '…' };
 * ```
 */
export interface AlipayOpenAgentSignstatusQueryRequest {
  pid?: string;
  product_codes?: string[];
}

/**
 * The result of `alipay.open.agent.signstatus.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAgentSignstatusQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenAgentSignstatusQueryResult {
  sign_status_list?: ProductSignStatusInfo[];
}

/**
 * The error codes of `alipay.open.agent.signstatus.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAgentSignstatusQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenAgentSignstatusQueryErrorCode = "INVALID_PARAMETER" | "QUERY_SIGN_STATUS_AUTH_NOT_MATCH" | "QUERY_SIGN_STATUS_NOT_AUTH" | "MERCHANT_IS_NOT_EXIST" | "SYSTEM_ERROR";

/**
 * `ProductSignStatusInfo`, a model of Alipay's v3 description (in `alipay.open.agent.signstatus.query`).
 *
 * @example
 * ```ts
 * const value: ProductSignStatusInfo = { product_code: '…', product_name: '…' };
 * ```
 */
export interface ProductSignStatusInfo {
  product_code?: string;
  product_name?: string;
  status?: string;
}
const ProductSignStatusInfoShape = (): object => ({ product_code: 0, product_name: 0, status: 0 });

/**
 * `alipay.open.agent.signstatus.query`: POST /v3/alipay/open/agent/signstatus/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAgentSignstatusQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAgentSignstatusQuery, { pid: '…' });
 * ```
 */
export const alipayOpenAgentSignstatusQuery: ApiDefinition<"alipay.open.agent.signstatus.query", AlipayOpenAgentSignstatusQueryRequest, AlipayOpenAgentSignstatusQueryResult, AlipayOpenAgentSignstatusQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.agent.signstatus.query",
  'POST',
  () => ({ pid: 0, product_codes: [0] }),
  () => ({ sign_status_list: [ProductSignStatusInfoShape] }),
);
