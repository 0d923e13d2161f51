// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type EnterpriseInfoDTO, EnterpriseInfoDTOShape } from '../models/EnterpriseInfoDTO.ts';

/**
 * The request of `alipay.commerce.ec.user.enterprise.query` (GET /v3/alipay/commerce/ec/user/enterprise: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcUserEnterpriseQueryRequest = { user_id: "20889384849393", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" };
 * ```
 */
export interface AlipayCommerceEcUserEnterpriseQueryRequest {
  /** A query parameter (v3). */
  user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
}

/**
 * The result of `alipay.commerce.ec.user.enterprise.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcUserEnterpriseQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcUserEnterpriseQueryResult {
  enterprise_info_list?: EnterpriseInfoDTO[];
}

/**
 * The error codes of `alipay.commerce.ec.user.enterprise.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcUserEnterpriseQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceEcUserEnterpriseQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR";

/**
 * `alipay.commerce.ec.user.enterprise.query`: GET /v3/alipay/commerce/ec/user/enterprise over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcUserEnterpriseQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcUserEnterpriseQuery, { user_id: "20889384849393", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" });
 * ```
 */
export const alipayCommerceEcUserEnterpriseQuery: ApiDefinition<"alipay.commerce.ec.user.enterprise.query", AlipayCommerceEcUserEnterpriseQueryRequest, AlipayCommerceEcUserEnterpriseQueryResult, AlipayCommerceEcUserEnterpriseQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.user.enterprise.query",
  { verb: 'GET', path: "/v3/alipay/commerce/ec/user/enterprise", query: ["user_id", "open_id"] },
  () => ({ user_id: 0, open_id: 0 }),
  () => ({ enterprise_info_list: [EnterpriseInfoDTOShape] }),
);
