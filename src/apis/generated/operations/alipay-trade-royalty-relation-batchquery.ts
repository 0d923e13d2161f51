// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type RoyaltyEntity, RoyaltyEntityShape } from '../models/RoyaltyEntity.ts';

/**
 * The request of `alipay.trade.royalty.relation.batchquery` (POST /v3/alipay/trade/royalty/relation/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradeRoyaltyRelationBatchqueryRequest = { out_request_no: '…', page_num: 1 };
 * ```
 */
export interface AlipayTradeRoyaltyRelationBatchqueryRequest {
  out_request_no?: string;
  page_num?: number;
  page_size?: number;
}

/**
 * The result of `alipay.trade.royalty.relation.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeRoyaltyRelationBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeRoyaltyRelationBatchqueryResult {
  current_page_num?: number;
  current_page_size?: number;
  receiver_list?: RoyaltyEntity[];
  result_code?: string;
  total_page_num?: number;
  total_record_num?: number;
}

/**
 * The error codes of `alipay.trade.royalty.relation.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeRoyaltyRelationBatchqueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayTradeRoyaltyRelationBatchqueryErrorCode = "INVALID_PARAMETER" | "PRODUCT_UNSIGN" | "SYSTEM_ERROR" | "OPENID_APPID_NOT_MATCH";

/**
 * `alipay.trade.royalty.relation.batchquery`: POST /v3/alipay/trade/royalty/relation/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeRoyaltyRelationBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeRoyaltyRelationBatchquery, { out_request_no: '…', page_num: 1 });
 * ```
 */
export const alipayTradeRoyaltyRelationBatchquery: ApiDefinition<"alipay.trade.royalty.relation.batchquery", AlipayTradeRoyaltyRelationBatchqueryRequest, AlipayTradeRoyaltyRelationBatchqueryResult, AlipayTradeRoyaltyRelationBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.royalty.relation.batchquery",
  'POST',
  () => ({ out_request_no: 0, page_num: 1, page_size: 1 }),
  () => ({ current_page_num: 1, current_page_size: 1, receiver_list: [RoyaltyEntityShape], result_code: 0, total_page_num: 1, total_record_num: 1 }),
);
