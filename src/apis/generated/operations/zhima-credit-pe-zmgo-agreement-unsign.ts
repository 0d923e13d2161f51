// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.credit.pe.zmgo.agreement.unsign` (POST /v3/zhima/credit/pe/zmgo/agreement/unsign: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: ZhimaCreditPeZmgoAgreementUnsignRequest = { agreement_id: '…', alipay_user_id: '…' };
 * ```
 */
export interface ZhimaCreditPeZmgoAgreementUnsignRequest {
  agreement_id?: string;
  alipay_user_id?: string;
  open_id?: string;
  partner_id?: string;
  quit_type?: string;
}

/**
 * The result of `zhima.credit.pe.zmgo.agreement.unsign`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaCreditPeZmgoAgreementUnsignResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaCreditPeZmgoAgreementUnsignResult {
  agreement_id?: string;
  withhold_plan_no?: string;
}

/**
 * The error codes of `zhima.credit.pe.zmgo.agreement.unsign` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaCreditPeZmgoAgreementUnsignErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type ZhimaCreditPeZmgoAgreementUnsignErrorCode = "INVALID_PARAMETER" | "ZMGO_BIZ_AGR_SYSTEM_ERROR" | "ZMGO_BIZ_ORDER_SYSTEM_ERROR" | "SETTLE_BALANCE_ACCOUNT_ERROR" | "ZMGO_SYSTEM_AMOUNT_NOT_CLEAR" | "ZMGO_BIZ_AGR_ERROR" | "ZMGO_CREATE_WPN_SYSTEM_ERROR";

/**
 * `zhima.credit.pe.zmgo.agreement.unsign`: POST /v3/zhima/credit/pe/zmgo/agreement/unsign over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaCreditPeZmgoAgreementUnsign } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaCreditPeZmgoAgreementUnsign, { agreement_id: '…', alipay_user_id: '…' });
 * ```
 */
export const zhimaCreditPeZmgoAgreementUnsign: ApiDefinition<"zhima.credit.pe.zmgo.agreement.unsign", ZhimaCreditPeZmgoAgreementUnsignRequest, ZhimaCreditPeZmgoAgreementUnsignResult, ZhimaCreditPeZmgoAgreementUnsignErrorCode> = /* @__PURE__ */ operation(
  "zhima.credit.pe.zmgo.agreement.unsign",
  'POST',
  () => ({ agreement_id: 0, alipay_user_id: 0, open_id: 0, partner_id: 0, quit_type: 0 }),
  () => ({ agreement_id: 0, withhold_plan_no: 0 }),
);
