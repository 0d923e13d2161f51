// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.credit.payafteruse.creditbizorder.order` (POST /v3/zhima/credit/payafteruse/creditbizorder/order: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: ZhimaCreditPayafteruseCreditbizorderOrderRequest = { amount_type: '…', body: '…' };
 * ```
 */
export interface ZhimaCreditPayafteruseCreditbizorderOrderRequest {
  amount_type?: string;
  body?: string;
  category_id?: string;
  commercial_sub_mode?: string;
  credit_agreement_id?: string;
  credit_commercial_mode?: string;
  extend_params?: string;
  order_amount?: string;
  out_order_no?: string;
  payment_total_times?: string;
  product_code?: string;
  stage_period_type?: string;
  subject?: string;
}

/**
 * The result of `zhima.credit.payafteruse.creditbizorder.order`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaCreditPayafteruseCreditbizorderOrderResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaCreditPayafteruseCreditbizorderOrderResult {
  credit_biz_order_id?: string;
  out_order_no?: string;
}

/**
 * The error codes of `zhima.credit.payafteruse.creditbizorder.order` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaCreditPayafteruseCreditbizorderOrderErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type ZhimaCreditPayafteruseCreditbizorderOrderErrorCode = "SYSTEM_ERROR" | "BIZ_ERROR" | "INVALID_PARAMETER" | "CREDIT_AGREEMENT_INVALID" | "CHECK_SIGN_SALES_FAIL" | "ZHIMA_EVALUATE_NO_PASS" | "SIGN_SALES_CHANGE" | "ZHIMA_CHECK_NO_PASS";

/**
 * `zhima.credit.payafteruse.creditbizorder.order`: POST /v3/zhima/credit/payafteruse/creditbizorder/order over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaCreditPayafteruseCreditbizorderOrder } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaCreditPayafteruseCreditbizorderOrder, { amount_type: '…', body: '…' });
 * ```
 */
export const zhimaCreditPayafteruseCreditbizorderOrder: ApiDefinition<"zhima.credit.payafteruse.creditbizorder.order", ZhimaCreditPayafteruseCreditbizorderOrderRequest, ZhimaCreditPayafteruseCreditbizorderOrderResult, ZhimaCreditPayafteruseCreditbizorderOrderErrorCode> = /* @__PURE__ */ operation(
  "zhima.credit.payafteruse.creditbizorder.order",
  'POST',
  () => ({ amount_type: 0, body: 0, category_id: 0, commercial_sub_mode: 0, credit_agreement_id: 0, credit_commercial_mode: 0, extend_params: 0, order_amount: 0, out_order_no: 0, payment_total_times: 0, product_code: 0, stage_period_type: 0, subject: 0 }),
  () => ({ credit_biz_order_id: 0, out_order_no: 0 }),
);
