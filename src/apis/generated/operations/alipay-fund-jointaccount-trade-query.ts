// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.jointaccount.trade.query` (GET /v3/alipay/fund/jointaccount/trade/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayFundJointaccountTradeQueryRequest = { product_code: "ENTERPRISE_PAY", biz_scene: "ELE_ONLINE" };
 * ```
 */
export interface AlipayFundJointaccountTradeQueryRequest {
  /** A query parameter (v3). */
  product_code?: string;
  /** A query parameter (v3). */
  biz_scene?: string;
  /** A query parameter (v3). */
  member_id?: string;
  /** A query parameter (v3). */
  member_open_id?: string;
  /** A query parameter (v3). */
  account_id?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  trade_no?: string;
  /** A query parameter (v3). */
  platform_order_id?: string;
}

/**
 * The result of `alipay.fund.jointaccount.trade.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundJointaccountTradeQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundJointaccountTradeQueryResult {
  buyer_id?: string;
  buyer_open_id?: string;
  create_time?: string;
  total_amount?: string;
  trade_fund_bill_list?: TradeFundBillDetail[];
  trade_info_list?: TradeInfoDTO[];
  trade_no?: string;
  trade_status?: string;
}

/**
 * The error codes of `alipay.fund.jointaccount.trade.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundJointaccountTradeQueryErrorCode = "PRODUCT_NOT_SIGN";
 * ```
 */
export type AlipayFundJointaccountTradeQueryErrorCode = "PRODUCT_NOT_SIGN" | "TRADE_NOT_EXSIT" | "MEMBER_NOT_IN_ACCOUNT" | "TRADE_DO_NOT_BELONG_USER" | "ILLEGAL_ARGUMENT" | "AGREEMENT_IS_INVALID" | "AGREEMENT_NOT_EXIST" | "SYSTEM_ERROR";

/**
 * `TradeFundBillDetail`, a model of Alipay's v3 description (in `alipay.fund.jointaccount.trade.query`).
 *
 * @example
 * ```ts
 * const value: TradeFundBillDetail = { amount: '…', asset_type_code: '…' };
 * ```
 */
export interface TradeFundBillDetail {
  amount?: string;
  asset_type_code?: string;
  asset_user_id?: string;
  asset_user_open_id?: string;
  biz_pay_type?: string;
  create_time?: string;
  payment_no?: string;
}
const TradeFundBillDetailShape = (): object => ({ amount: 0, asset_type_code: 0, asset_user_id: 0, asset_user_open_id: 0, biz_pay_type: 0, create_time: 0, payment_no: 0 });

/**
 * `TradeInfoDTO`, a model of Alipay's v3 description (in `alipay.fund.jointaccount.trade.query`).
 *
 * @example
 * ```ts
 * const value: TradeInfoDTO = { buyer_id: '…', create_time: '…' };
 * ```
 */
export interface TradeInfoDTO {
  buyer_id?: string;
  create_time?: string;
  platform_order_id?: string;
  total_amount?: string;
  trade_amount?: string;
  trade_fund_bill_list?: TradeFundBillDetail[];
  trade_no?: string;
  trade_status?: string;
}
const TradeInfoDTOShape = (): object => ({ buyer_id: 0, create_time: 0, platform_order_id: 0, total_amount: 0, trade_amount: 0, trade_fund_bill_list: [TradeFundBillDetailShape], trade_no: 0, trade_status: 0 });

/**
 * `alipay.fund.jointaccount.trade.query`: GET /v3/alipay/fund/jointaccount/trade/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundJointaccountTradeQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundJointaccountTradeQuery, { product_code: "ENTERPRISE_PAY", biz_scene: "ELE_ONLINE" });
 * ```
 */
export const alipayFundJointaccountTradeQuery: ApiDefinition<"alipay.fund.jointaccount.trade.query", AlipayFundJointaccountTradeQueryRequest, AlipayFundJointaccountTradeQueryResult, AlipayFundJointaccountTradeQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.jointaccount.trade.query",
  { verb: 'GET', query: ["product_code", "biz_scene", "member_id", "member_open_id", "account_id", "agreement_no", "trade_no", "platform_order_id"] },
  () => ({ product_code: 0, biz_scene: 0, member_id: 0, member_open_id: 0, account_id: 0, agreement_no: 0, trade_no: 0, platform_order_id: 0 }),
  () => ({ buyer_id: 0, buyer_open_id: 0, create_time: 0, total_amount: 0, trade_fund_bill_list: [TradeFundBillDetailShape], trade_info_list: [TradeInfoDTOShape], trade_no: 0, trade_status: 0 }),
);
