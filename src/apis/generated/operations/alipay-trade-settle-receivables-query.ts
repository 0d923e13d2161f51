// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.trade.settle.receivables.query` (POST /v3/alipay/trade/settle/receivables/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradeSettleReceivablesQueryRequest = { biz_product: '…', extend_params: '…' };
 * ```
 */
export interface AlipayTradeSettleReceivablesQueryRequest {
  biz_product?: string;
  extend_params?: string;
  merchant_info?: SettleEntity;
  out_request_no?: string;
  query_his_date?: string;
  trade_no?: string;
}

/**
 * The result of `alipay.trade.settle.receivables.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeSettleReceivablesQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeSettleReceivablesQueryResult {
  on_settle_amount?: string;
  settled_amount?: string;
  unsettled_amount?: string;
}

/**
 * The error codes of `alipay.trade.settle.receivables.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeSettleReceivablesQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayTradeSettleReceivablesQueryErrorCode = "INVALID_PARAMETER" | "SUB_MERCHANT_NOT_EXIST" | "SUB_MERCHANT_BELONG_ERROR" | "SUB_MERCHANT_ACCOUNT_NOT_EXIST" | "SYSTEM_ERROR" | "QUERY_NOT_SUPPORT" | "ILLEGAL_SETTLE_STATUS" | "MERCHANT_AGREEMENT_NOT_MATCH";

/**
 * `SettleEntity`, a model of Alipay's v3 description (in `alipay.trade.settle.receivables.query`).
 *
 * @example
 * ```ts
 * const value: SettleEntity = { settle_entity_biz_type: '…', settle_entity_id: '…' };
 * ```
 */
export interface SettleEntity {
  settle_entity_biz_type?: string;
  settle_entity_id?: string;
  settle_entity_type?: string;
}
const SettleEntityShape = (): object => ({ settle_entity_biz_type: 0, settle_entity_id: 0, settle_entity_type: 0 });

/**
 * `alipay.trade.settle.receivables.query`: POST /v3/alipay/trade/settle/receivables/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeSettleReceivablesQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeSettleReceivablesQuery, { biz_product: '…', extend_params: '…' });
 * ```
 */
export const alipayTradeSettleReceivablesQuery: ApiDefinition<"alipay.trade.settle.receivables.query", AlipayTradeSettleReceivablesQueryRequest, AlipayTradeSettleReceivablesQueryResult, AlipayTradeSettleReceivablesQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.settle.receivables.query",
  'POST',
  () => ({ biz_product: 0, extend_params: 0, merchant_info: SettleEntityShape, out_request_no: 0, query_his_date: 0, trade_no: 0 }),
  () => ({ on_settle_amount: 0, settled_amount: 0, unsettled_amount: 0 }),
);
