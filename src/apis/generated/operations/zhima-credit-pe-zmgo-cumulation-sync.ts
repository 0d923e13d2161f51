// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.credit.pe.zmgo.cumulation.sync` (POST /v3/zhima/credit/pe/zmgo/cumulation/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: ZhimaCreditPeZmgoCumulationSyncRequest = { agreement_no: '…', biz_action: '…' };
 * ```
 */
export interface ZhimaCreditPeZmgoCumulationSyncRequest {
  agreement_no?: string;
  amount_type_data?: AmountTypeData;
  biz_action?: string;
  biz_time?: string;
  cumulate_data_type?: string;
  ext_info?: string;
  has_alipay_trade?: boolean;
  open_id?: string;
  out_biz_no?: string;
  partner_id?: string;
  pay_out_biz_no?: string;
  request_from?: string;
  task_type_data?: TaskTypeData;
  user_id?: string;
}

/**
 * The result of `zhima.credit.pe.zmgo.cumulation.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaCreditPeZmgoCumulationSyncResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaCreditPeZmgoCumulationSyncResult {
  agreement_no?: string;
  fail_reason?: string;
  open_id?: string;
  out_biz_no?: string;
  user_id?: string;
}

/**
 * The error codes of `zhima.credit.pe.zmgo.cumulation.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaCreditPeZmgoCumulationSyncErrorCode = "REQUEST_PARAM_ILLEGAL";
 * ```
 */
export type ZhimaCreditPeZmgoCumulationSyncErrorCode = "REQUEST_PARAM_ILLEGAL" | "SYSTEM_ERROR" | "INVALID_PARAMETER" | "REQUEST_ACCESS_ILLEGAL" | "INVALID_BIZ_ACTION" | "EASY_MEMBER_CONSULT_FAIL" | "INVALID_CUMULATE_MODE" | "IDEMPOTENT_ERROR" | "INVALID_CUMULATE_TYPE" | "PAY_ORDER_NOT_EXIST" | "ORDER_AMOUNT_ILLEGAL" | "DISCOUNT_AMOUNT_ILLEGAL" | "REFUND_TIME_ILLEGAL" | "REFUND_ILLEGAL" | "BUYER_INFO_ERROR" | "SELLER_INFO_ERROR" | "TRADE_NOT_EXIST";

/**
 * `AmountTypeData`, a model of Alipay's v3 description (in `zhima.credit.pe.zmgo.cumulation.sync`).
 *
 * @example
 * ```ts
 * const value: AmountTypeData = { name: '…' };
 * ```
 */
export interface AmountTypeData {
  name?: string;
  out_discount_infos?: ZMGoOutDiscountInfo[];
  trade_info?: ZMGoTradeInfo;
}
const AmountTypeDataShape = (): object => ({ name: 0, out_discount_infos: [ZMGoOutDiscountInfoShape], trade_info: ZMGoTradeInfoShape });

/**
 * `TaskTypeData`, a model of Alipay's v3 description (in `zhima.credit.pe.zmgo.cumulation.sync`).
 *
 * @example
 * ```ts
 * const value: TaskTypeData = { name: '…' };
 * ```
 */
export interface TaskTypeData {
  name?: string;
}
const TaskTypeDataShape = (): object => ({ name: 0 });

/**
 * `ZMGoOutDiscountInfo`, a model of Alipay's v3 description (in `zhima.credit.pe.zmgo.cumulation.sync`).
 *
 * @example
 * ```ts
 * const value: ZMGoOutDiscountInfo = { discount_amount: '…', discount_name: '…' };
 * ```
 */
export interface ZMGoOutDiscountInfo {
  discount_amount?: string;
  discount_name?: string;
  discount_type?: string;
}
const ZMGoOutDiscountInfoShape = (): object => ({ discount_amount: 0, discount_name: 0, discount_type: 0 });

/**
 * `ZMGoTradeInfo`, a model of Alipay's v3 description (in `zhima.credit.pe.zmgo.cumulation.sync`).
 *
 * @example
 * ```ts
 * const value: ZMGoTradeInfo = { amount: '…', trade_no: '…' };
 * ```
 */
export interface ZMGoTradeInfo {
  amount?: string;
  trade_no?: string;
}
const ZMGoTradeInfoShape = (): object => ({ amount: 0, trade_no: 0 });

/**
 * `zhima.credit.pe.zmgo.cumulation.sync`: POST /v3/zhima/credit/pe/zmgo/cumulation/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaCreditPeZmgoCumulationSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaCreditPeZmgoCumulationSync, { agreement_no: '…', biz_action: '…' });
 * ```
 */
export const zhimaCreditPeZmgoCumulationSync: ApiDefinition<"zhima.credit.pe.zmgo.cumulation.sync", ZhimaCreditPeZmgoCumulationSyncRequest, ZhimaCreditPeZmgoCumulationSyncResult, ZhimaCreditPeZmgoCumulationSyncErrorCode> = /* @__PURE__ */ operation(
  "zhima.credit.pe.zmgo.cumulation.sync",
  'POST',
  () => ({ agreement_no: 0, amount_type_data: AmountTypeDataShape, biz_action: 0, biz_time: 0, cumulate_data_type: 0, ext_info: 0, has_alipay_trade: 2, open_id: 0, out_biz_no: 0, partner_id: 0, pay_out_biz_no: 0, request_from: 0, task_type_data: TaskTypeDataShape, user_id: 0 }),
  () => ({ agreement_no: 0, fail_reason: 0, open_id: 0, out_biz_no: 0, user_id: 0 }),
);
