// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type SubMerchant, SubMerchantShape } from '../models/SubMerchant.ts';

/**
 * The request of `alipay.trade.batch.settle.query` (POST /v3/alipay/trade/batch/settle/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradeBatchSettleQueryRequest = { extend_params: '…', out_request_no: '…' };
 * ```
 */
export interface AlipayTradeBatchSettleQueryRequest {
  extend_params?: string;
  out_request_no?: string;
  settle_no?: string;
}

/**
 * The result of `alipay.trade.batch.settle.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeBatchSettleQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeBatchSettleQueryResult {
  out_request_no?: string;
  settle_detail?: BatchSettleDetail[];
  settle_no?: string;
}

/**
 * The error codes of `alipay.trade.batch.settle.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeBatchSettleQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayTradeBatchSettleQueryErrorCode = "INVALID_PARAMETER" | "BATCH_SETTLE_NOT_EXIST" | "SYSTEM_ERROR" | "OPENID_APPID_NOT_MATCH";

/**
 * `BatchSettleDetail`, a model of Alipay's v3 description (in `alipay.trade.batch.settle.query`).
 *
 * @example
 * ```ts
 * const value: BatchSettleDetail = { amount: '…', currency: '…' };
 * ```
 */
export interface BatchSettleDetail {
  amount?: string;
  currency?: string;
  error_code?: string;
  error_desc?: string;
  settle_account_id?: string;
  settle_account_id_type?: string;
  settle_account_open_id?: string;
  settle_account_type?: string;
  settle_entity_id?: string;
  settle_entity_type?: string;
  status?: string;
  sub_merchant?: SubMerchant;
}
const BatchSettleDetailShape = (): object => ({ amount: 0, currency: 0, error_code: 0, error_desc: 0, settle_account_id: 0, settle_account_id_type: 0, settle_account_open_id: 0, settle_account_type: 0, settle_entity_id: 0, settle_entity_type: 0, status: 0, sub_merchant: SubMerchantShape });

/**
 * `alipay.trade.batch.settle.query`: POST /v3/alipay/trade/batch/settle/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeBatchSettleQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeBatchSettleQuery, { extend_params: '…', out_request_no: '…' });
 * ```
 */
export const alipayTradeBatchSettleQuery: ApiDefinition<"alipay.trade.batch.settle.query", AlipayTradeBatchSettleQueryRequest, AlipayTradeBatchSettleQueryResult, AlipayTradeBatchSettleQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.batch.settle.query",
  'POST',
  () => ({ extend_params: 0, out_request_no: 0, settle_no: 0 }),
  () => ({ out_request_no: 0, settle_detail: [BatchSettleDetailShape], settle_no: 0 }),
);
