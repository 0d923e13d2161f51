// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type SettleInfo, SettleInfoShape } from '../models/SettleInfo.ts';

/**
 * The request of `alipay.trade.settle.confirm` (POST /v3/alipay/trade/settle/confirm: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradeSettleConfirmRequest = { out_request_no: '…', trade_no: '…' };
 * ```
 */
export interface AlipayTradeSettleConfirmRequest {
  extend_params?: SettleConfirmExtendParams;
  out_request_no?: string;
  settle_info?: SettleInfo;
  trade_no?: string;
}

/**
 * The result of `alipay.trade.settle.confirm`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeSettleConfirmResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeSettleConfirmResult {
  out_request_no?: string;
  settle_amount?: string;
  trade_no?: string;
}

/**
 * The error codes of `alipay.trade.settle.confirm` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeSettleConfirmErrorCode = "ACQ.SYSTEM_ERROR";
 * ```
 */
export type AlipayTradeSettleConfirmErrorCode = "ACQ.SYSTEM_ERROR" | "ACQ.INVALID_PARAMETER" | "ACQ.TRADE_NOT_EXIST" | "ACQ.PARTNER_ERROR" | "ACQ.DUP_OUT_REQUEST_NO" | "ACQ.TRADE_SETTLE_ERROR" | "ACQ.ILLEGAL_SETTLE_STATE" | "ACQ.REASON_ILLEGAL_STATUS" | "ACQ.SECONDARY_MERCHANT_ALIPAY_ACCOUNT_NOT_EXIST" | "ACQ.DEFAULT_SETTLE_RULE_NOT_EXIST" | "ACQ.REASON_TRADE_STATUS_INVALID" | "ACQ.FREQUENCY_LIMITED" | "ACQ.SECONDARY_MERCHANT_ID_INVALID" | "ACQ.USER_ACCOUNT_HAD_FREEZEN" | "ACQ.DISCORDANT_REPEAT_REQUEST" | "ACQ.TXN_RESULT_ACCOUNT_BALANCE_NOT_ENOUGH" | "ACQ.SETTLE_ENTITY_ID_INVALID" | "ACQ.RISK_SETTLE_SUSPEND" | "ACQ.SETTLE_ACCOUNT_NOT_EXIST" | "ACQ.SETTLE_ACCOUNT_NOT_CERTIFY" | "ACQ.SETTLE_ACCOUNT_NO_BALANCE" | "ACQ.INVALID_SETTLE_AMOUNT_PARAMETER" | "ACQ.USER_LOGONID_DUP" | "ACQ.SECONDARY_MERCHANT_ALIPAY_ACCOUNT_INVALID" | "ACQ.ALREADY_CONFIRM_SETTLE" | "ACQ.SETTLE_ACCOUNT_HAS_BEEN_FROZEN" | "ACQ.TRADE_HAS_CLOSE" | "ACQ.TRADE_HAS_FINISHED" | "ACQ.ILLEGAL_REQUEST" | "ACQ.CONFIRM_REFUSE_AFTER_REFUND" | "ACQ.SETTLE_SCENE_NOT_SUPPORT" | "ACQ.INVALID_STORE_ID" | "ACQ.SETTLE_ACCOUNT_INVALID" | "ACQ.UN_SUPPORT_BIZ_TYPE";

/**
 * `SettleConfirmExtendParams`, a model of Alipay's v3 description (in `alipay.trade.settle.confirm`).
 *
 * @example
 * ```ts
 * const value: SettleConfirmExtendParams = { royalty_freeze: '…' };
 * ```
 */
export interface SettleConfirmExtendParams {
  royalty_freeze?: string;
}
const SettleConfirmExtendParamsShape = (): object => ({ royalty_freeze: 0 });

/**
 * `alipay.trade.settle.confirm`: POST /v3/alipay/trade/settle/confirm over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeSettleConfirm } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeSettleConfirm, { out_request_no: '…', trade_no: '…' });
 * ```
 */
export const alipayTradeSettleConfirm: ApiDefinition<"alipay.trade.settle.confirm", AlipayTradeSettleConfirmRequest, AlipayTradeSettleConfirmResult, AlipayTradeSettleConfirmErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.settle.confirm",
  'POST',
  () => ({ extend_params: SettleConfirmExtendParamsShape, out_request_no: 0, settle_info: SettleInfoShape, trade_no: 0 }),
  () => ({ out_request_no: 0, settle_amount: 0, trade_no: 0 }),
);
