// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type SubMerchant, SubMerchantShape } from '../models/SubMerchant.ts';

/**
 * The request of `alipay.trade.batch.transfer.query` (GET /v3/alipay/trade/batch/transfer/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayTradeBatchTransferQueryRequest = { out_request_no: "20180101", settle_no: "2019050510032002040000053220" };
 * ```
 */
export interface AlipayTradeBatchTransferQueryRequest {
  /** A query parameter (v3). */
  out_request_no?: string;
  /** A query parameter (v3). */
  settle_no?: string;
  /** A query parameter (v3). */
  extend_params?: string;
}

/**
 * The result of `alipay.trade.batch.transfer.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeBatchTransferQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeBatchTransferQueryResult {
  out_request_no?: string;
  royalty_detail?: BatchRoyaltyDetail[];
  settle_no?: string;
}

/**
 * The error codes of `alipay.trade.batch.transfer.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeBatchTransferQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayTradeBatchTransferQueryErrorCode = "INVALID_PARAMETER" | "BATCH_SETTLE_NOT_EXIST" | "SYSTEM_ERROR" | "OPENID_APPID_NOT_MATCH";

/**
 * `BatchRoyaltyDetail`, a model of Alipay's v3 description (in `alipay.trade.batch.transfer.query`).
 *
 * @example
 * ```ts
 * const value: BatchRoyaltyDetail = { amount: '…', desc: '…' };
 * ```
 */
export interface BatchRoyaltyDetail {
  amount?: string;
  desc?: string;
  error_code?: string;
  error_desc?: string;
  status?: string;
  trans_in_account_id?: string;
  trans_in_account_id_type?: string;
  trans_in_account_open_id?: string;
  trans_in_account_type?: string;
  trans_in_entity_id?: string;
  trans_in_entity_type?: string;
  trans_in_sub_merchant?: SubMerchant;
  trans_out_entity_id?: string;
  trans_out_entity_type?: string;
  trans_out_sub_merchant?: SubMerchant;
}
const BatchRoyaltyDetailShape = (): object => ({ amount: 0, desc: 0, error_code: 0, error_desc: 0, status: 0, trans_in_account_id: 0, trans_in_account_id_type: 0, trans_in_account_open_id: 0, trans_in_account_type: 0, trans_in_entity_id: 0, trans_in_entity_type: 0, trans_in_sub_merchant: SubMerchantShape, trans_out_entity_id: 0, trans_out_entity_type: 0, trans_out_sub_merchant: SubMerchantShape });

/**
 * `alipay.trade.batch.transfer.query`: GET /v3/alipay/trade/batch/transfer/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeBatchTransferQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeBatchTransferQuery, { out_request_no: "20180101", settle_no: "2019050510032002040000053220" });
 * ```
 */
export const alipayTradeBatchTransferQuery: ApiDefinition<"alipay.trade.batch.transfer.query", AlipayTradeBatchTransferQueryRequest, AlipayTradeBatchTransferQueryResult, AlipayTradeBatchTransferQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.batch.transfer.query",
  { verb: 'GET', query: ["out_request_no", "settle_no", "extend_params"] },
  () => ({ out_request_no: 0, settle_no: 0, extend_params: 0 }),
  () => ({ out_request_no: 0, royalty_detail: [BatchRoyaltyDetailShape], settle_no: 0 }),
);
