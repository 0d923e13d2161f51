// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.merchant.tradecomplain.batchquery` (POST /v3/alipay/merchant/tradecomplain/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMerchantTradecomplainBatchqueryRequest = { begin_time: '…', end_time: '…' };
 * ```
 */
export interface AlipayMerchantTradecomplainBatchqueryRequest {
  begin_time?: string;
  end_time?: string;
  page_num?: number;
  page_size?: number;
  status?: string;
  target_infos?: TargetInfo[];
}

/**
 * The result of `alipay.merchant.tradecomplain.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMerchantTradecomplainBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMerchantTradecomplainBatchqueryResult {
  page_num?: number;
  page_size?: number;
  total_num?: number;
  total_page_num?: number;
  trade_complain_infos?: TradeComplainQueryResponse[];
}

/**
 * The error codes of `alipay.merchant.tradecomplain.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMerchantTradecomplainBatchqueryErrorCode = "AUTHORITY_ILLEGAL";
 * ```
 */
export type AlipayMerchantTradecomplainBatchqueryErrorCode = "AUTHORITY_ILLEGAL" | "PARAM_ILLEGAL" | "SYSTEM_ERROR";

/**
 * `TargetInfo`, a model of Alipay's v3 description (in `alipay.merchant.tradecomplain.batchquery`).
 *
 * @example
 * ```ts
 * const value: TargetInfo = { target_id: '…', target_type: '…' };
 * ```
 */
export interface TargetInfo {
  target_id?: string;
  target_type?: string;
}
const TargetInfoShape = (): object => ({ target_id: 0, target_type: 0 });

/**
 * `TradeComplainQueryResponse`, a model of Alipay's v3 description (in `alipay.merchant.tradecomplain.batchquery`).
 *
 * @example
 * ```ts
 * const value: TradeComplainQueryResponse = { complain_event_id: '…', complain_reason: '…' };
 * ```
 */
export interface TradeComplainQueryResponse {
  complain_event_id?: string;
  complain_reason?: string;
  content?: string;
  gmt_create?: string;
  gmt_finished?: string;
  gmt_modified?: string;
  images?: string[];
  leaf_category_name?: string;
  merchant_order_no?: string;
  phone_no?: string;
  status?: string;
  target_id?: string;
  target_type?: string;
  trade_no?: string;
}
const TradeComplainQueryResponseShape = (): object => ({ complain_event_id: 0, complain_reason: 0, content: 0, gmt_create: 0, gmt_finished: 0, gmt_modified: 0, images: [0], leaf_category_name: 0, merchant_order_no: 0, phone_no: 0, status: 0, target_id: 0, target_type: 0, trade_no: 0 });

/**
 * `alipay.merchant.tradecomplain.batchquery`: POST /v3/alipay/merchant/tradecomplain/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMerchantTradecomplainBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMerchantTradecomplainBatchquery, { begin_time: '…', end_time: '…' });
 * ```
 */
export const alipayMerchantTradecomplainBatchquery: ApiDefinition<"alipay.merchant.tradecomplain.batchquery", AlipayMerchantTradecomplainBatchqueryRequest, AlipayMerchantTradecomplainBatchqueryResult, AlipayMerchantTradecomplainBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.merchant.tradecomplain.batchquery",
  'POST',
  () => ({ begin_time: 0, end_time: 0, page_num: 1, page_size: 1, status: 0, target_infos: [TargetInfoShape] }),
  () => ({ page_num: 1, page_size: 1, total_num: 1, total_page_num: 1, trade_complain_infos: [TradeComplainQueryResponseShape] }),
);
