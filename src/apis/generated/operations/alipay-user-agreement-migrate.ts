// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.user.agreement.migrate` (POST /v3/alipay/user/agreement/migrate: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayUserAgreementMigrateRequest = { agreement_no: '…', target_app_id: '…' };
 * ```
 */
export interface AlipayUserAgreementMigrateRequest {
  agreement_no?: string;
  target_app_id?: string;
  target_invoke_app_id?: string;
  target_partner_id?: string;
}

/**
 * The result of `alipay.user.agreement.migrate`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayUserAgreementMigrateResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayUserAgreementMigrateResult = Record<string, never>;

/**
 * The error codes of `alipay.user.agreement.migrate` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayUserAgreementMigrateErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayUserAgreementMigrateErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "MERCHANT_NOT_SUPPORT" | "AGREEMENT_ALREADY_MIGRATED";

/**
 * `alipay.user.agreement.migrate`: POST /v3/alipay/user/agreement/migrate over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayUserAgreementMigrate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayUserAgreementMigrate, { agreement_no: '…', target_app_id: '…' });
 * ```
 */
export const alipayUserAgreementMigrate: ApiDefinition<"alipay.user.agreement.migrate", AlipayUserAgreementMigrateRequest, AlipayUserAgreementMigrateResult, AlipayUserAgreementMigrateErrorCode> = /* @__PURE__ */ operation(
  "alipay.user.agreement.migrate",
  'POST',
  () => ({ agreement_no: 0, target_app_id: 0, target_invoke_app_id: 0, target_partner_id: 0 }),
  () => ({}),
);
