// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.trade.advance.consult` (GET /v3/alipay/trade/advance/consult: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayTradeAdvanceConsultRequest = { alipay_user_id: "2088302483540171", consult_scene: "ORDER_RISK_EVALUATION" };
 * ```
 */
export interface AlipayTradeAdvanceConsultRequest {
  /** A query parameter (v3). */
  alipay_user_id?: string;
  /** A query parameter (v3). */
  consult_scene?: string;
  /** A query parameter (v3). */
  industry_product_code?: string;
  /** A query parameter (v3). */
  sub_merchant_id?: string;
  /** A query parameter (v3). */
  sub_merchant_type?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  estimated_order_amount?: string;
  /** A query parameter (v3). */
  out_trade_no?: string;
  /** A query parameter (v3). */
  need_user_risk_prediction?: string;
  /** A query parameter (v3). */
  trade_digest?: string;
  /** A query parameter (v3). */
  user_out_binding_phone?: string;
}

/**
 * The result of `alipay.trade.advance.consult`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeAdvanceConsultResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeAdvanceConsultResult {
  refer_result?: boolean;
  result_code?: string;
  result_message?: string;
  risk_level?: string;
  user_risk_prediction?: UserRiskPrediction;
  wait_repayment_amount?: string;
  wait_repayment_order_count?: number;
  wait_repayment_order_infos?: WaitRepaymentOrderInfo[];
}

/**
 * The error codes of `alipay.trade.advance.consult` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeAdvanceConsultErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayTradeAdvanceConsultErrorCode = "SYSTEM_ERROR" | "USER_STAUTS_ERROR" | "USER_NOT_EXIST" | "BUYER_NOT_SUPPORT_ADVANCEPAY" | "ILLEGAL_AGREEMENT";

/**
 * `UserRiskPrediction`, a model of Alipay's v3 description (in `alipay.trade.advance.consult`).
 *
 * @example
 * ```ts
 * const value: UserRiskPrediction = { phone_recycle_risk_leve: '…', refused_payment_risk_level: '…' };
 * ```
 */
export interface UserRiskPrediction {
  phone_recycle_risk_leve?: string;
  refused_payment_risk_level?: string;
}
const UserRiskPredictionShape = (): object => ({ phone_recycle_risk_leve: 0, refused_payment_risk_level: 0 });

/**
 * `WaitRepaymentOrderInfo`, a model of Alipay's v3 description (in `alipay.trade.advance.consult`).
 *
 * @example
 * ```ts
 * const value: WaitRepaymentOrderInfo = { advance_order_id: '…', alipay_user_id: '…' };
 * ```
 */
export interface WaitRepaymentOrderInfo {
  advance_order_id?: string;
  alipay_user_id?: string;
  biz_product?: string;
  open_id?: string;
  orig_biz_order_id?: string;
  wait_repayment_amount?: number;
}
const WaitRepaymentOrderInfoShape = (): object => ({ advance_order_id: 0, alipay_user_id: 0, biz_product: 0, open_id: 0, orig_biz_order_id: 0, wait_repayment_amount: 1 });

/**
 * `alipay.trade.advance.consult`: GET /v3/alipay/trade/advance/consult over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeAdvanceConsult } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeAdvanceConsult, { alipay_user_id: "2088302483540171", consult_scene: "ORDER_RISK_EVALUATION" });
 * ```
 */
export const alipayTradeAdvanceConsult: ApiDefinition<"alipay.trade.advance.consult", AlipayTradeAdvanceConsultRequest, AlipayTradeAdvanceConsultResult, AlipayTradeAdvanceConsultErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.advance.consult",
  { verb: 'GET', query: ["alipay_user_id", "consult_scene", "industry_product_code", "sub_merchant_id", "sub_merchant_type", "agreement_no", "estimated_order_amount", "out_trade_no", "need_user_risk_prediction", "trade_digest", "user_out_binding_phone"] },
  () => ({ alipay_user_id: 0, consult_scene: 0, industry_product_code: 0, sub_merchant_id: 0, sub_merchant_type: 0, agreement_no: 0, estimated_order_amount: 0, out_trade_no: 0, need_user_risk_prediction: 0, trade_digest: 0, user_out_binding_phone: 0 }),
  () => ({ refer_result: 2, result_code: 0, result_message: 0, risk_level: 0, user_risk_prediction: UserRiskPredictionShape, wait_repayment_amount: 0, wait_repayment_order_count: 1, wait_repayment_order_infos: [WaitRepaymentOrderInfoShape] }),
);
