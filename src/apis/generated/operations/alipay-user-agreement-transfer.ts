// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type PeriodRuleParams, PeriodRuleParamsShape } from '../models/PeriodRuleParams.ts';

/**
 * The request of `alipay.user.agreement.transfer` (POST /v3/alipay/user/agreement/transfer: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayUserAgreementTransferRequest = { agreement_no: '…', target_product_code: '…' };
 * ```
 */
export interface AlipayUserAgreementTransferRequest {
  agreement_no?: string;
  period_rule_params?: PeriodRuleParams;
  target_product_code?: string;
}

/**
 * The result of `alipay.user.agreement.transfer`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayUserAgreementTransferResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayUserAgreementTransferResult {
  amount?: string;
  execute_time?: string;
  period?: string;
  period_type?: string;
  total_amount?: string;
  total_payments?: string;
}

/**
 * The error codes of `alipay.user.agreement.transfer` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayUserAgreementTransferErrorCode = "USER_AGREEMENT_NOT_EXIST";
 * ```
 */
export type AlipayUserAgreementTransferErrorCode = "USER_AGREEMENT_NOT_EXIST" | "INVALID_PARAMETER" | "PRODUCT_CODE_IS_INVALID" | "PRODUCTCODE_ALREADY_UPDATE" | "NOT_SUPPORTED_BUSINESS" | "SYSTEM_ERROR" | "MERCHANT_AGREEMENT_IS_NOT_EXIST" | "MERCHANT_STATUS_IS_NOT_NORMAL" | "MERCHANT_AGREEMENT_IS_EXPIRED" | "USER_AGREEMENT_IS_OUT_OF_DATE" | "USER_AGREEMENT_STATUS_IS_EXPIRED";

/**
 * `alipay.user.agreement.transfer`: POST /v3/alipay/user/agreement/transfer over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayUserAgreementTransfer } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayUserAgreementTransfer, { agreement_no: '…', target_product_code: '…' });
 * ```
 */
export const alipayUserAgreementTransfer: ApiDefinition<"alipay.user.agreement.transfer", AlipayUserAgreementTransferRequest, AlipayUserAgreementTransferResult, AlipayUserAgreementTransferErrorCode> = /* @__PURE__ */ operation(
  "alipay.user.agreement.transfer",
  'POST',
  () => ({ agreement_no: 0, period_rule_params: PeriodRuleParamsShape, target_product_code: 0 }),
  () => ({ amount: 0, execute_time: 0, period: 0, period_type: 0, total_amount: 0, total_payments: 0 }),
);
