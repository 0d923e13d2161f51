// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.credit.payafteruse.creditbizorder.finish` (POST /v3/zhima/credit/payafteruse/creditbizorder/finish: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: ZhimaCreditPayafteruseCreditbizorderFinishRequest = { credit_biz_order_id: '…', is_fulfilled: '…' };
 * ```
 */
export interface ZhimaCreditPayafteruseCreditbizorderFinishRequest {
  credit_biz_order_id?: string;
  is_fulfilled?: string;
  out_request_no?: string;
  remark?: string;
}

/**
 * The result of `zhima.credit.payafteruse.creditbizorder.finish`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaCreditPayafteruseCreditbizorderFinishResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaCreditPayafteruseCreditbizorderFinishResult {
  credit_biz_order_id?: string;
  order_status?: string;
  out_request_no?: string;
}

/**
 * The error codes of `zhima.credit.payafteruse.creditbizorder.finish` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaCreditPayafteruseCreditbizorderFinishErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type ZhimaCreditPayafteruseCreditbizorderFinishErrorCode = "SYSTEM_ERROR" | "BIZ_ERROR" | "ORDER_NOT_EXIST" | "INVALID_PARAMETER" | "ORDER_STATUS_INVALID" | "MERCHANT_NO_PERMISSION_OPERATE_ORDER";

/**
 * `zhima.credit.payafteruse.creditbizorder.finish`: POST /v3/zhima/credit/payafteruse/creditbizorder/finish over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaCreditPayafteruseCreditbizorderFinish } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaCreditPayafteruseCreditbizorderFinish, { credit_biz_order_id: '…', is_fulfilled: '…' });
 * ```
 */
export const zhimaCreditPayafteruseCreditbizorderFinish: ApiDefinition<"zhima.credit.payafteruse.creditbizorder.finish", ZhimaCreditPayafteruseCreditbizorderFinishRequest, ZhimaCreditPayafteruseCreditbizorderFinishResult, ZhimaCreditPayafteruseCreditbizorderFinishErrorCode> = /* @__PURE__ */ operation(
  "zhima.credit.payafteruse.creditbizorder.finish",
  'POST',
  () => ({ credit_biz_order_id: 0, is_fulfilled: 0, out_request_no: 0, remark: 0 }),
  () => ({ credit_biz_order_id: 0, order_status: 0, out_request_no: 0 }),
);
