// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.usertrade.batchquery` (POST /v3/alipay/fund/usertrade/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundUsertradeBatchqueryRequest = { auth_token: '…', biz_scene: '…' };
 * ```
 */
export interface AlipayFundUsertradeBatchqueryRequest {
  /** The user's access token: a query parameter (v3), the `auth_token` parameter (v2). */
  auth_token?: string;
  biz_scene?: string;
  end_time?: string;
  page_index?: string;
  page_size?: string;
  product_code?: string;
  start_time?: string;
}

/**
 * The result of `alipay.fund.usertrade.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundUsertradeBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundUsertradeBatchqueryResult {
  end_time?: string;
  has_next?: boolean;
  page_index?: string;
  page_size?: string;
  start_time?: string;
  total_count?: number;
  trade_info_list?: UserTradeInfoDTO[];
}

/**
 * The error codes of `alipay.fund.usertrade.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundUsertradeBatchqueryErrorCode = "INNER_RPC_INVOKE_FAIL";
 * ```
 */
export type AlipayFundUsertradeBatchqueryErrorCode = "INNER_RPC_INVOKE_FAIL" | "USER_UNAUTHORIZED" | "CONFIG_ERROR" | "MAX_VISIT_LIMIT" | "AOP_SERVICE_UNAVAILABLE" | "USER_INFO_VALIDATE_ERROR" | "INVALID_PARAMETER" | "SYSTEM_ERROR";

/**
 * `GoodsInfoDTO`, a model of Alipay's v3 description (in `alipay.fund.usertrade.batchquery`).
 *
 * @example
 * ```ts
 * const value: GoodsInfoDTO = { goods_amount: '…', goods_count: '…' };
 * ```
 */
export interface GoodsInfoDTO {
  goods_amount?: string;
  goods_count?: string;
  goods_id?: string;
  goods_name?: string;
}
const GoodsInfoDTOShape = (): object => ({ goods_amount: 0, goods_count: 0, goods_id: 0, goods_name: 0 });

/**
 * `UserTradeInfoDTO`, a model of Alipay's v3 description (in `alipay.fund.usertrade.batchquery`).
 *
 * @example
 * ```ts
 * const value: UserTradeInfoDTO = { partner_id: '…', risk_level: '…' };
 * ```
 */
export interface UserTradeInfoDTO {
  goods_info_list?: GoodsInfoDTO[];
  partner_id?: string;
  risk_level?: string;
  trade_amount?: string;
  trade_no?: string;
  trade_time?: string;
  unfiltered_total_goods_count?: number;
  user_id?: string;
}
const UserTradeInfoDTOShape = (): object => ({ goods_info_list: [GoodsInfoDTOShape], partner_id: 0, risk_level: 0, trade_amount: 0, trade_no: 0, trade_time: 0, unfiltered_total_goods_count: 1, user_id: 0 });

/**
 * `alipay.fund.usertrade.batchquery`: POST /v3/alipay/fund/usertrade/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundUsertradeBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundUsertradeBatchquery, { auth_token: '…', biz_scene: '…' });
 * ```
 */
export const alipayFundUsertradeBatchquery: ApiDefinition<"alipay.fund.usertrade.batchquery", AlipayFundUsertradeBatchqueryRequest, AlipayFundUsertradeBatchqueryResult, AlipayFundUsertradeBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.usertrade.batchquery",
  { verb: 'POST', query: ["auth_token"] },
  () => ({ auth_token: 0, biz_scene: 0, end_time: 0, page_index: 0, page_size: 0, product_code: 0, start_time: 0 }),
  () => ({ end_time: 0, has_next: 2, page_index: 0, page_size: 0, start_time: 0, total_count: 1, trade_info_list: [UserTradeInfoDTOShape] }),
);
