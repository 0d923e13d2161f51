// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.credit.payafteruse.creditagreement.transfer` (POST /v3/zhima/credit/payafteruse/creditagreement/transfer: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: ZhimaCreditPayafteruseCreditagreementTransferRequest = { category_id: '…', credit_agreement_id: '…' };
 * ```
 */
export interface ZhimaCreditPayafteruseCreditagreementTransferRequest {
  category_id?: string;
  credit_agreement_id?: string;
  deduct_agreement_no?: string;
  extend_params?: string;
  operation_type?: string;
  out_agreement_no?: string;
  product_code?: string;
  zm_service_id?: string;
}

/**
 * The result of `zhima.credit.payafteruse.creditagreement.transfer`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaCreditPayafteruseCreditagreementTransferResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaCreditPayafteruseCreditagreementTransferResult {
  credit_agreement_id?: string;
  deduct_agreement_no?: string;
  out_agreement_no?: string;
}

/**
 * The error codes of `zhima.credit.payafteruse.creditagreement.transfer` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaCreditPayafteruseCreditagreementTransferErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type ZhimaCreditPayafteruseCreditagreementTransferErrorCode = "SYSTEM_ERROR" | "OUT_AGREEMENT_NO_DUPLICATE" | "DEDUCT_AGREEMENT_INVALID" | "ZHIMA_EVALUATE_NO_PASS" | "CHECK_SIGN_SALES_FAIL" | "SIGN_MODE_NOT_MATCH" | "INVALID_PARAMETER" | "USER_EXIST_VALID_AGREEMENT" | "EXIST_NOT_FINISHED_ORDER" | "CREDIT_AGREEMENT_INVALID" | "CREDIT_AGREEMENT_NOT_MATCH_MERCHANT";

/**
 * `zhima.credit.payafteruse.creditagreement.transfer`: POST /v3/zhima/credit/payafteruse/creditagreement/transfer over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaCreditPayafteruseCreditagreementTransfer } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaCreditPayafteruseCreditagreementTransfer, { category_id: '…', credit_agreement_id: '…' });
 * ```
 */
export const zhimaCreditPayafteruseCreditagreementTransfer: ApiDefinition<"zhima.credit.payafteruse.creditagreement.transfer", ZhimaCreditPayafteruseCreditagreementTransferRequest, ZhimaCreditPayafteruseCreditagreementTransferResult, ZhimaCreditPayafteruseCreditagreementTransferErrorCode> = /* @__PURE__ */ operation(
  "zhima.credit.payafteruse.creditagreement.transfer",
  'POST',
  () => ({ category_id: 0, credit_agreement_id: 0, deduct_agreement_no: 0, extend_params: 0, operation_type: 0, out_agreement_no: 0, product_code: 0, zm_service_id: 0 }),
  () => ({ credit_agreement_id: 0, deduct_agreement_no: 0, out_agreement_no: 0 }),
);
