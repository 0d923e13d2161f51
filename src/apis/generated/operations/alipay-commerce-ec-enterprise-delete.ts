// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.enterprise.delete` (POST /v3/alipay/commerce/ec/enterprise/delete: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcEnterpriseDeleteRequest = { enterprise_id: '…' };
 * ```
 */
export interface AlipayCommerceEcEnterpriseDeleteRequest {
  enterprise_id?: string;
}

/**
 * The result of `alipay.commerce.ec.enterprise.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcEnterpriseDeleteResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcEnterpriseDeleteResult {
  /** @deprecated */
  enterprise_id?: string;
}

/**
 * The error codes of `alipay.commerce.ec.enterprise.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcEnterpriseDeleteErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceEcEnterpriseDeleteErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "ENTERPRISE_NOT_EXIST" | "ENTERPRISE_HAS_DELETE" | "NO_AGREEMENT" | "ACCOUNT_NORMAL_ERROR";

/**
 * `alipay.commerce.ec.enterprise.delete`: POST /v3/alipay/commerce/ec/enterprise/delete over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcEnterpriseDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcEnterpriseDelete, { enterprise_id: '…' });
 * ```
 */
export const alipayCommerceEcEnterpriseDelete: ApiDefinition<"alipay.commerce.ec.enterprise.delete", AlipayCommerceEcEnterpriseDeleteRequest, AlipayCommerceEcEnterpriseDeleteResult, AlipayCommerceEcEnterpriseDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.enterprise.delete",
  'POST',
  () => ({ enterprise_id: 0 }),
  () => ({ enterprise_id: 0 }),
);
