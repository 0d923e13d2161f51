// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.enterprise.unsign` (GET /v3/alipay/commerce/ec/enterprise/unsignurl: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcEnterpriseUnsignRequest = { enterprise_id: "2088123412341234", account_id: "2088000194958956" };
 * ```
 */
export interface AlipayCommerceEcEnterpriseUnsignRequest {
  /** A query parameter (v3). */
  enterprise_id?: string;
  /** A query parameter (v3). @deprecated */
  account_id?: string;
  /** A query parameter (v3). @deprecated */
  agreement_no?: string;
}

/**
 * The result of `alipay.commerce.ec.enterprise.unsign`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcEnterpriseUnsignResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcEnterpriseUnsignResult {
  account_id?: string;
  enterprise_id?: string;
  unsign_url?: string;
}

/**
 * The error codes of `alipay.commerce.ec.enterprise.unsign` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcEnterpriseUnsignErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceEcEnterpriseUnsignErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "NO_AGREEMENT" | "ENTERPRISE_NOT_EXIST" | "ENTERPRISE_HAS_UNSIGN";

/**
 * `alipay.commerce.ec.enterprise.unsign`: GET /v3/alipay/commerce/ec/enterprise/unsignurl over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcEnterpriseUnsign } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcEnterpriseUnsign, { enterprise_id: "2088123412341234", account_id: "2088000194958956" });
 * ```
 */
export const alipayCommerceEcEnterpriseUnsign: ApiDefinition<"alipay.commerce.ec.enterprise.unsign", AlipayCommerceEcEnterpriseUnsignRequest, AlipayCommerceEcEnterpriseUnsignResult, AlipayCommerceEcEnterpriseUnsignErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.enterprise.unsign",
  { verb: 'GET', path: "/v3/alipay/commerce/ec/enterprise/unsignurl", query: ["enterprise_id", "account_id", "agreement_no"] },
  () => ({ enterprise_id: 0, account_id: 0, agreement_no: 0 }),
  () => ({ account_id: 0, enterprise_id: 0, unsign_url: 0 }),
);
