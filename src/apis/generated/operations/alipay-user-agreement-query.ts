// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.user.agreement.query` (GET /v3/alipay/user/agreement/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayUserAgreementQueryRequest = { personal_product_code: "GENERAL_WITHHOLDING_P", alipay_user_id: "2088101122675263" };
 * ```
 */
export interface AlipayUserAgreementQueryRequest {
  /** A query parameter (v3). */
  personal_product_code?: string;
  /** A query parameter (v3). */
  alipay_user_id?: string;
  /** A query parameter (v3). */
  alipay_open_id?: string;
  /** A query parameter (v3). */
  alipay_logon_id?: string;
  /** A query parameter (v3). */
  sign_scene?: string;
  /** A query parameter (v3). */
  external_agreement_no?: string;
  /** A query parameter (v3). */
  third_party_type?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
}

/**
 * The result of `alipay.user.agreement.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayUserAgreementQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayUserAgreementQueryResult {
  agreement_no?: string;
  alipay_logon_id?: string;
  credit_auth_mode?: string;
  device_id?: string;
  execution_plans?: ExecutionPlan[];
  external_agreement_no?: string;
  external_logon_id?: string;
  invalid_time?: string;
  last_deduct_time?: string;
  next_deduct_time?: string;
  personal_product_code?: string;
  pricipal_type?: string;
  principal_id?: string;
  principal_open_id?: string;
  sign_scene?: string;
  sign_time?: string;
  single_quota?: string;
  status?: string;
  third_party_type?: string;
  valid_time?: string;
  zm_open_id?: string;
}

/**
 * The error codes of `alipay.user.agreement.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayUserAgreementQueryErrorCode = "USER_NOT_EXIST_ERROR";
 * ```
 */
export type AlipayUserAgreementQueryErrorCode = "USER_NOT_EXIST_ERROR" | "PRODUCT_CODE_NOT_SUPPORTED_ERROR" | "USER_AGREEMENT_NOT_EXIST" | "INVALID_PARAMETER" | "SYSTEM_ERROR" | "AUTHOREE_IS_NOT_MATCH" | "USER_NOT_EXSIT_ERROR" | "LOGONID_IS_REPEATED" | "AGREEMENT_HAS_UNSIGNED" | "PARENT_MERCHANT_QUERY_FAIL" | "MERCHANT_STATUS_IS_NOT_NORMAL";

/**
 * `ExecutionPlan`, a model of Alipay's v3 description (in `alipay.user.agreement.query`).
 *
 * @example
 * ```ts
 * const value: ExecutionPlan = { execute_time: '…', latest_execute_time: '…' };
 * ```
 */
export interface ExecutionPlan {
  execute_time?: string;
  latest_execute_time?: string;
  period_id?: string;
  single_amount?: string;
}
const ExecutionPlanShape = (): object => ({ execute_time: 0, latest_execute_time: 0, period_id: 0, single_amount: 0 });

/**
 * `alipay.user.agreement.query`: GET /v3/alipay/user/agreement/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayUserAgreementQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayUserAgreementQuery, { personal_product_code: "GENERAL_WITHHOLDING_P", alipay_user_id: "2088101122675263" });
 * ```
 */
export const alipayUserAgreementQuery: ApiDefinition<"alipay.user.agreement.query", AlipayUserAgreementQueryRequest, AlipayUserAgreementQueryResult, AlipayUserAgreementQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.user.agreement.query",
  { verb: 'GET', query: ["personal_product_code", "alipay_user_id", "alipay_open_id", "alipay_logon_id", "sign_scene", "external_agreement_no", "third_party_type", "agreement_no"] },
  () => ({ personal_product_code: 0, alipay_user_id: 0, alipay_open_id: 0, alipay_logon_id: 0, sign_scene: 0, external_agreement_no: 0, third_party_type: 0, agreement_no: 0 }),
  () => ({ agreement_no: 0, alipay_logon_id: 0, credit_auth_mode: 0, device_id: 0, execution_plans: [ExecutionPlanShape], external_agreement_no: 0, external_logon_id: 0, invalid_time: 0, last_deduct_time: 0, next_deduct_time: 0, personal_product_code: 0, pricipal_type: 0, principal_id: 0, principal_open_id: 0, sign_scene: 0, sign_time: 0, single_quota: 0, status: 0, third_party_type: 0, valid_time: 0, zm_open_id: 0 }),
);
