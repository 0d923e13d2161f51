// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type OpenApiRoyaltyDetailInfoPojo, OpenApiRoyaltyDetailInfoPojoShape } from '../models/OpenApiRoyaltyDetailInfoPojo.ts';

/**
 * The request of `alipay.trade.order.settle` (POST /v3/alipay/trade/order/settle: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradeOrderSettleRequest = { operator_id: '…', out_request_no: '…' };
 * ```
 */
export interface AlipayTradeOrderSettleRequest {
  extend_params?: SettleExtendParams;
  operator_id?: string;
  out_request_no?: string;
  royalty_mode?: string;
  royalty_parameters?: OpenApiRoyaltyDetailInfoPojo[];
  trade_no?: string;
}

/**
 * The result of `alipay.trade.order.settle`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeOrderSettleResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeOrderSettleResult {
  settle_no?: string;
  trade_no?: string;
}

/**
 * The error codes of `alipay.trade.order.settle` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeOrderSettleErrorCode = "ACQ.SYSTEM_ERROR";
 * ```
 */
export type AlipayTradeOrderSettleErrorCode = "ACQ.SYSTEM_ERROR" | "ACQ.INVALID_PARAMETER" | "ACQ.TRADE_NOT_EXIST" | "ACQ.TRADE_STATUS_ERROR" | "ACQ.PARTNER_ERROR" | "ACQ.DISCORDANT_REPEAT_REQUEST" | "ACQ.TRADE_SETTLE_ERROR" | "ACQ.USER_LOGONID_DUP" | "ACQ.ROYALTY_RECEIVER_INVALID" | "ACQ.ALLOC_AMOUNT_VALIDATE_ERROR" | "ACQ.FREQUENCY_LIMITED" | "ACQ.CUSTOMER_VALIDATE_ERROR" | "ACQ.USER_ACCOUNT_HAD_FREEZEN" | "ACQ.ILLEGAL_SETTLE_STATE" | "ACQ.TXN_RESULT_ACCOUNT_BALANCE_NOT_ENOUGH" | "ACQ.REASON_TRADE_STATUS_INVALID" | "ACQ.NOT_SUPPORT_ROYALTY" | "ACQ.ROYALTY_ACCOUNT_NOT_EXIST" | "ACQ.ROYALTY_ACCOUNT_INVALID" | "ACQ.SETTLE_ENTITY_ID_INVALID" | "ACQ.ROYALTY_ACCOUNTS_EQUAL" | "ACQ.DUP_OUT_REQUEST_NO" | "ACQ.MERCHANT_RISK_LIMIT" | "ACQ.ROYALTY_PAYER_ACCOUNT_NOT_EXIST" | "ACQ.ROYALTY_RECEIVER_ACCOUNT_NOT_EXIST" | "ACQ.ROYALTY_PAYER_ACCOUNT_NOT_CERTIFY" | "ACQ.ROYALTY_RECEIVER_ACCOUNT_NOT_CERTIFY" | "ACQ.ROYALTY_PAYER_ACCOUNT_NO_BALANCE" | "ACQ.ROYALTY_RECEIVER_ACCOUNT_NO_BALANCE" | "ACQ.ROYALTY_ACCOUNT_NAME_NOT_MATCH" | "ACQ.SETTLE_TO_CARD_NOT_SUPPORT" | "ACQ.REPLENISH_ACCOUNT_INVALID" | "ACQ.INVALID_REPLENISH_AMOUNT" | "ACQ.ASYNC_ALLOC_NOT_SUPPORT_IN_PERIOD" | "ACQ.SECONDARY_MERCHANT_ID_INVALID" | "ACQ.MUST_ALLOC_FROM_ROOT_ACCOUNT" | "ACQ.UN_SUPPORT_BIZ_TYPE" | "ACQ.ACCESS_FORBIDDEN" | "ACQ.ILLEGAL_REQUEST" | "ACQ.SETTLE_SCENE_NOT_SUPPORT" | "ACQ.ALLOC_REFUSE_BEFORE_SETTLE" | "ACQ.ALLOC_REFUSE_AFTER_REFUND" | "ACQ.ALREADY_FINISH_ALLOC";

/**
 * `SettleExtendParams`, a model of Alipay's v3 description (in `alipay.trade.order.settle`).
 *
 * @example
 * ```ts
 * const value: SettleExtendParams = { royalty_finish: '…', royalty_finish_amount: '…' };
 * ```
 */
export interface SettleExtendParams {
  royalty_finish?: string;
  royalty_finish_amount?: string;
}
const SettleExtendParamsShape = (): object => ({ royalty_finish: 0, royalty_finish_amount: 0 });

/**
 * `alipay.trade.order.settle`: POST /v3/alipay/trade/order/settle over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeOrderSettle } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeOrderSettle, { operator_id: '…', out_request_no: '…' });
 * ```
 */
export const alipayTradeOrderSettle: ApiDefinition<"alipay.trade.order.settle", AlipayTradeOrderSettleRequest, AlipayTradeOrderSettleResult, AlipayTradeOrderSettleErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.order.settle",
  'POST',
  () => ({ extend_params: SettleExtendParamsShape, operator_id: 0, out_request_no: 0, royalty_mode: 0, royalty_parameters: [OpenApiRoyaltyDetailInfoPojoShape], trade_no: 0 }),
  () => ({ settle_no: 0, trade_no: 0 }),
);
