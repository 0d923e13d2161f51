// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.offline.market.applyorder.batchquery` (POST /v3/alipay/offline/market/applyorder/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOfflineMarketApplyorderBatchqueryRequest = { action: '…', biz_id: '…' };
 * ```
 */
export interface AlipayOfflineMarketApplyorderBatchqueryRequest {
  action?: string;
  apply_ids?: string[];
  biz_id?: string;
  biz_type?: string;
  end_time?: string;
  op_id?: string;
  op_role?: string;
  page_no?: number;
  page_size?: number;
  request_ids?: string[];
  start_time?: string;
  status?: string;
}

/**
 * The result of `alipay.offline.market.applyorder.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOfflineMarketApplyorderBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOfflineMarketApplyorderBatchqueryResult {
  biz_order_infos?: BizOrderQueryResponse[];
  current_page_no?: number;
  page_size?: number;
  total_items?: number;
  total_page_no?: number;
}

/**
 * The error codes of `alipay.offline.market.applyorder.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOfflineMarketApplyorderBatchqueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOfflineMarketApplyorderBatchqueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `BizOrderQueryResponse`, a model of Alipay's v3 description (in `alipay.offline.market.applyorder.batchquery`).
 *
 * @example
 * ```ts
 * const value: BizOrderQueryResponse = { action: '…', action_mode: '…' };
 * ```
 */
export interface BizOrderQueryResponse {
  action?: string;
  action_mode?: string;
  apply_id?: string;
  biz_context_info?: string;
  biz_id?: string;
  biz_type?: string;
  create_time?: string;
  op_id?: string;
  request_id?: string;
  result_code?: string;
  result_desc?: string;
  status?: string;
  sub_status?: string;
  update_time?: string;
}
const BizOrderQueryResponseShape = (): object => ({ action: 0, action_mode: 0, apply_id: 0, biz_context_info: 0, biz_id: 0, biz_type: 0, create_time: 0, op_id: 0, request_id: 0, result_code: 0, result_desc: 0, status: 0, sub_status: 0, update_time: 0 });

/**
 * `alipay.offline.market.applyorder.batchquery`: POST /v3/alipay/offline/market/applyorder/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOfflineMarketApplyorderBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOfflineMarketApplyorderBatchquery, { action: '…', biz_id: '…' });
 * ```
 */
export const alipayOfflineMarketApplyorderBatchquery: ApiDefinition<"alipay.offline.market.applyorder.batchquery", AlipayOfflineMarketApplyorderBatchqueryRequest, AlipayOfflineMarketApplyorderBatchqueryResult, AlipayOfflineMarketApplyorderBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.offline.market.applyorder.batchquery",
  'POST',
  () => ({ action: 0, apply_ids: [0], biz_id: 0, biz_type: 0, end_time: 0, op_id: 0, op_role: 0, page_no: 1, page_size: 1, request_ids: [0], start_time: 0, status: 0 }),
  () => ({ biz_order_infos: [BizOrderQueryResponseShape], current_page_no: 1, page_size: 1, total_items: 1, total_page_no: 1 }),
);
