// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.signflows.detail.query` (GET /v3/alipay/eco/signflows/detail/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEcoSignflowsDetailQueryRequest = { target_app_id: '…', flow_id: "429b1d3038854cabbcdac0a63d7e4c0d" };
 * ```
 */
export interface AlipayEcoSignflowsDetailQueryRequest {
  /** A query parameter (v3). */
  target_app_id?: string;
  /** A query parameter (v3). */
  flow_id?: string;
}

/**
 * The result of `alipay.eco.signflows.detail.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoSignflowsDetailQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEcoSignflowsDetailQueryResult {
  attachments?: AttachmentDetail;
  docs?: DocInfo;
}

/**
 * The error codes of `alipay.eco.signflows.detail.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoSignflowsDetailQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEcoSignflowsDetailQueryErrorCode = "SYSTEM_ERROR" | "PARAM_ERROR" | "UNABLE_DOWNLOAD_FILE";

/**
 * `AttachmentDetail`, a model of Alipay's v3 description (in `alipay.eco.signflows.detail.query`).
 *
 * @example
 * ```ts
 * const value: AttachmentDetail = { code: '…', file_name: '…' };
 * ```
 */
export interface AttachmentDetail {
  code?: string;
  file_name?: string;
  file_url?: string;
}
const AttachmentDetailShape = (): object => ({ code: 0, file_name: 0, file_url: 0 });

/**
 * `DocInfo`, a model of Alipay's v3 description (in `alipay.eco.signflows.detail.query`).
 *
 * @example
 * ```ts
 * const value: DocInfo = { file_name: '…', file_url: '…' };
 * ```
 */
export interface DocInfo {
  file_name?: string;
  file_url?: string;
}
const DocInfoShape = (): object => ({ file_name: 0, file_url: 0 });

/**
 * `alipay.eco.signflows.detail.query`: GET /v3/alipay/eco/signflows/detail/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoSignflowsDetailQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoSignflowsDetailQuery, { target_app_id: '…', flow_id: "429b1d3038854cabbcdac0a63d7e4c0d" });
 * ```
 */
export const alipayEcoSignflowsDetailQuery: ApiDefinition<"alipay.eco.signflows.detail.query", AlipayEcoSignflowsDetailQueryRequest, AlipayEcoSignflowsDetailQueryResult, AlipayEcoSignflowsDetailQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.signflows.detail.query",
  { verb: 'GET', query: ["target_app_id", "flow_id"] },
  () => ({ target_app_id: 0, flow_id: 0 }),
  () => ({ attachments: AttachmentDetailShape, docs: DocInfoShape }),
);
