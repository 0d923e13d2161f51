// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type EnterpriseInfoDTO, EnterpriseInfoDTOShape } from '../models/EnterpriseInfoDTO.ts';

/**
 * The request of `alipay.commerce.ec.enterprise.info.query` (GET /v3/alipay/commerce/ec/enterprise/info: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcEnterpriseInfoQueryRequest = { enterprise_id: "20889490309498", out_biz_no: "2024051000000001" };
 * ```
 */
export interface AlipayCommerceEcEnterpriseInfoQueryRequest {
  /** A query parameter (v3). */
  enterprise_id?: string;
  /** A query parameter (v3). */
  out_biz_no?: string;
}

/**
 * The result of `alipay.commerce.ec.enterprise.info.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcEnterpriseInfoQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcEnterpriseInfoQueryResult {
  enterprise_info?: EnterpriseInfoDTO;
}

/**
 * The error codes of `alipay.commerce.ec.enterprise.info.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcEnterpriseInfoQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceEcEnterpriseInfoQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "ENTERPRISE_NOT_EXIST" | "NO_AGREEMENT";

/**
 * `alipay.commerce.ec.enterprise.info.query`: GET /v3/alipay/commerce/ec/enterprise/info over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcEnterpriseInfoQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcEnterpriseInfoQuery, { enterprise_id: "20889490309498", out_biz_no: "2024051000000001" });
 * ```
 */
export const alipayCommerceEcEnterpriseInfoQuery: ApiDefinition<"alipay.commerce.ec.enterprise.info.query", AlipayCommerceEcEnterpriseInfoQueryRequest, AlipayCommerceEcEnterpriseInfoQueryResult, AlipayCommerceEcEnterpriseInfoQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.enterprise.info.query",
  { verb: 'GET', path: "/v3/alipay/commerce/ec/enterprise/info", query: ["enterprise_id", "out_biz_no"] },
  () => ({ enterprise_id: 0, out_biz_no: 0 }),
  () => ({ enterprise_info: EnterpriseInfoDTOShape }),
);
