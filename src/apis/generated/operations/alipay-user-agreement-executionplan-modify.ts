// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.user.agreement.executionplan.modify` (POST /v3/alipay/user/agreement/executionplan/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayUserAgreementExecutionplanModifyRequest = { agreement_no: '…', deduct_time: '…' };
 * ```
 */
export interface AlipayUserAgreementExecutionplanModifyRequest {
  agreement_no?: string;
  deduct_time?: string;
  memo?: string;
}

/**
 * The result of `alipay.user.agreement.executionplan.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayUserAgreementExecutionplanModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayUserAgreementExecutionplanModifyResult {
  agreement_no?: string;
  deduct_time?: string;
}

/**
 * The error codes of `alipay.user.agreement.executionplan.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayUserAgreementExecutionplanModifyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayUserAgreementExecutionplanModifyErrorCode = "SYSTEM_ERROR" | "ILLEGAL_EXECUTION_TIME" | "ILLEGAL_AGREEMENT" | "INVALID_PARAMETER";

/**
 * `alipay.user.agreement.executionplan.modify`: POST /v3/alipay/user/agreement/executionplan/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayUserAgreementExecutionplanModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayUserAgreementExecutionplanModify, { agreement_no: '…', deduct_time: '…' });
 * ```
 */
export const alipayUserAgreementExecutionplanModify: ApiDefinition<"alipay.user.agreement.executionplan.modify", AlipayUserAgreementExecutionplanModifyRequest, AlipayUserAgreementExecutionplanModifyResult, AlipayUserAgreementExecutionplanModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.user.agreement.executionplan.modify",
  'POST',
  () => ({ agreement_no: 0, deduct_time: 0, memo: 0 }),
  () => ({ agreement_no: 0, deduct_time: 0 }),
);
