// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.security.risk.verifyidentity.miniapp.confirm` (POST /v3/alipay/security/risk/verifyidentity/miniapp/confirm: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipaySecurityRiskVerifyidentityMiniappConfirmRequest = { challenge: '…', open_id: '…' };
 * ```
 */
export interface AlipaySecurityRiskVerifyidentityMiniappConfirmRequest {
  challenge?: string;
  open_id?: string;
  user_id?: string;
  verify_id?: string;
}

/**
 * The result of `alipay.security.risk.verifyidentity.miniapp.confirm`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipaySecurityRiskVerifyidentityMiniappConfirmResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipaySecurityRiskVerifyidentityMiniappConfirmResult {
  error_code?: string;
  error_msg?: string;
  verify_result?: boolean;
}

/**
 * The error codes of `alipay.security.risk.verifyidentity.miniapp.confirm` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipaySecurityRiskVerifyidentityMiniappConfirmErrorCode = "PARAM_TAMPERED";
 * ```
 */
export type AlipaySecurityRiskVerifyidentityMiniappConfirmErrorCode = "PARAM_TAMPERED" | "INVALID_ARGUMENTS" | "SYSTEM_ERROR" | "VERIFY_STATE_ERROR";

/**
 * `alipay.security.risk.verifyidentity.miniapp.confirm`: POST /v3/alipay/security/risk/verifyidentity/miniapp/confirm over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipaySecurityRiskVerifyidentityMiniappConfirm } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipaySecurityRiskVerifyidentityMiniappConfirm, { challenge: '…', open_id: '…' });
 * ```
 */
export const alipaySecurityRiskVerifyidentityMiniappConfirm: ApiDefinition<"alipay.security.risk.verifyidentity.miniapp.confirm", AlipaySecurityRiskVerifyidentityMiniappConfirmRequest, AlipaySecurityRiskVerifyidentityMiniappConfirmResult, AlipaySecurityRiskVerifyidentityMiniappConfirmErrorCode> = /* @__PURE__ */ operation(
  "alipay.security.risk.verifyidentity.miniapp.confirm",
  'POST',
  () => ({ challenge: 0, open_id: 0, user_id: 0, verify_id: 0 }),
  () => ({ error_code: 0, error_msg: 0, verify_result: 2 }),
);
