// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.enterprise.agreement.query` (GET /v3/alipay/commerce/ec/enterprise/agreement: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcEnterpriseAgreementQueryRequest = { enterprise_id: "2088441399627416", account_id: "2088610274867962" };
 * ```
 */
export interface AlipayCommerceEcEnterpriseAgreementQueryRequest {
  /** A query parameter (v3). */
  enterprise_id?: string;
  /** A query parameter (v3). @deprecated */
  account_id?: string;
}

/**
 * The result of `alipay.commerce.ec.enterprise.agreement.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcEnterpriseAgreementQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcEnterpriseAgreementQueryResult {
  enterprise_agreement_dto?: EnterpriseAgreementDTO;
}

/**
 * The error codes of `alipay.commerce.ec.enterprise.agreement.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcEnterpriseAgreementQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayCommerceEcEnterpriseAgreementQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "ENTERPRISE_NOT_EXIST" | "PERMISSION_DENIED";

/**
 * `EnterpriseAgreementDTO`, a model of Alipay's v3 description (in `alipay.commerce.ec.enterprise.agreement.query`).
 *
 * @example
 * ```ts
 * const value: EnterpriseAgreementDTO = { agreement_id: '…', enterprise_id: '…' };
 * ```
 */
export interface EnterpriseAgreementDTO {
  agreement_id?: string;
  enterprise_id?: string;
  enterprise_name?: string;
  sign_date?: string;
  sign_status?: string;
}
const EnterpriseAgreementDTOShape = (): object => ({ agreement_id: 0, enterprise_id: 0, enterprise_name: 0, sign_date: 0, sign_status: 0 });

/**
 * `alipay.commerce.ec.enterprise.agreement.query`: GET /v3/alipay/commerce/ec/enterprise/agreement over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcEnterpriseAgreementQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcEnterpriseAgreementQuery, { enterprise_id: "2088441399627416", account_id: "2088610274867962" });
 * ```
 */
export const alipayCommerceEcEnterpriseAgreementQuery: ApiDefinition<"alipay.commerce.ec.enterprise.agreement.query", AlipayCommerceEcEnterpriseAgreementQueryRequest, AlipayCommerceEcEnterpriseAgreementQueryResult, AlipayCommerceEcEnterpriseAgreementQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.enterprise.agreement.query",
  { verb: 'GET', path: "/v3/alipay/commerce/ec/enterprise/agreement", query: ["enterprise_id", "account_id"] },
  () => ({ enterprise_id: 0, account_id: 0 }),
  () => ({ enterprise_agreement_dto: EnterpriseAgreementDTOShape }),
);
