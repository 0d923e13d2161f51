// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.merchant.tradecomplain.query` (GET /v3/alipay/merchant/tradecomplain/{complain_event_id}: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMerchantTradecomplainQueryRequest = { complain_event_id: "2020092300102000000001459758" };
 * ```
 */
export interface AlipayMerchantTradecomplainQueryRequest {
  /** A path parameter (v3). */
  complain_event_id: string;
}

/**
 * The result of `alipay.merchant.tradecomplain.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMerchantTradecomplainQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMerchantTradecomplainQueryResult {
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
  reply_detail_infos?: ReplyRecordResponse[];
  status?: string;
  target_id?: string;
  target_type?: string;
  trade_amount?: string;
  trade_no?: string;
}

/**
 * The error codes of `alipay.merchant.tradecomplain.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMerchantTradecomplainQueryErrorCode = "AUTHORITY_ILLEGAL";
 * ```
 */
export type AlipayMerchantTradecomplainQueryErrorCode = "AUTHORITY_ILLEGAL" | "PARAM_ILLEGAL" | "SYSTEM_ERROR";

/**
 * `ReplyRecordResponse`, a model of Alipay's v3 description (in `alipay.merchant.tradecomplain.query`).
 *
 * @example
 * ```ts
 * const value: ReplyRecordResponse = { content: '…', gmt_create: '…' };
 * ```
 */
export interface ReplyRecordResponse {
  content?: string;
  gmt_create?: string;
  images?: string[];
  replier_name?: string;
  replier_role?: string;
}
const ReplyRecordResponseShape = (): object => ({ content: 0, gmt_create: 0, images: [0], replier_name: 0, replier_role: 0 });

/**
 * `alipay.merchant.tradecomplain.query`: GET /v3/alipay/merchant/tradecomplain/{complain_event_id} over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMerchantTradecomplainQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMerchantTradecomplainQuery, { complain_event_id: "2020092300102000000001459758" });
 * ```
 */
export const alipayMerchantTradecomplainQuery: ApiDefinition<"alipay.merchant.tradecomplain.query", AlipayMerchantTradecomplainQueryRequest, AlipayMerchantTradecomplainQueryResult, AlipayMerchantTradecomplainQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.merchant.tradecomplain.query",
  { verb: 'GET', path: "/v3/alipay/merchant/tradecomplain/{complain_event_id}" },
  () => ({ complain_event_id: 0 }),
  () => ({ complain_event_id: 0, complain_reason: 0, content: 0, gmt_create: 0, gmt_finished: 0, gmt_modified: 0, images: [0], leaf_category_name: 0, merchant_order_no: 0, phone_no: 0, reply_detail_infos: [ReplyRecordResponseShape], status: 0, target_id: 0, target_type: 0, trade_amount: 0, trade_no: 0 }),
);
