// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.sign.flow.query` (GET /v3/alipay/eco/sign/flow/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEcoSignFlowQueryRequest = { target_app_id: '…', flow_id: "429b1d3038854cabbcdac0a63d7e4c0d" };
 * ```
 */
export interface AlipayEcoSignFlowQueryRequest {
  /** A query parameter (v3). */
  target_app_id?: string;
  /** A query parameter (v3). */
  flow_id?: string;
}

/**
 * The result of `alipay.eco.sign.flow.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoSignFlowQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEcoSignFlowQueryResult {
  business_scene?: string;
  contract_validity?: number;
  flow_desc?: string;
  flow_end_time?: number;
  flow_id?: string;
  flow_start_time?: number;
  flow_status?: number;
  notice_developer_url?: string;
  sign_validity?: number;
  signers?: FlowSigner[];
}

/**
 * The error codes of `alipay.eco.sign.flow.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoSignFlowQueryErrorCode = "PARAM_ERROR";
 * ```
 */
export type AlipayEcoSignFlowQueryErrorCode = "PARAM_ERROR" | "SYSTEM_ERROR";

/**
 * `FlowSigner`, a model of Alipay's v3 description (in `alipay.eco.sign.flow.query`).
 *
 * @example
 * ```ts
 * const value: FlowSigner = { org_third_party_user_id: '…', sign_status: 1 };
 * ```
 */
export interface FlowSigner {
  org_third_party_user_id?: string;
  sign_status?: number;
  signer_account_type?: number;
  third_party_user_id?: string;
}
const FlowSignerShape = (): object => ({ org_third_party_user_id: 0, sign_status: 1, signer_account_type: 1, third_party_user_id: 0 });

/**
 * `alipay.eco.sign.flow.query`: GET /v3/alipay/eco/sign/flow/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoSignFlowQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoSignFlowQuery, { target_app_id: '…', flow_id: "429b1d3038854cabbcdac0a63d7e4c0d" });
 * ```
 */
export const alipayEcoSignFlowQuery: ApiDefinition<"alipay.eco.sign.flow.query", AlipayEcoSignFlowQueryRequest, AlipayEcoSignFlowQueryResult, AlipayEcoSignFlowQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.sign.flow.query",
  { verb: 'GET', query: ["target_app_id", "flow_id"] },
  () => ({ target_app_id: 0, flow_id: 0 }),
  () => ({ business_scene: 0, contract_validity: 1, flow_desc: 0, flow_end_time: 1, flow_id: 0, flow_start_time: 1, flow_status: 1, notice_developer_url: 0, sign_validity: 1, signers: [FlowSignerShape] }),
);
