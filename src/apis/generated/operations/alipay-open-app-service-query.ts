// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.app.service.query` (GET /v3/alipay/open/app/service/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAppServiceQueryRequest = { service_code: "s1111" };
 * ```
 */
export interface AlipayOpenAppServiceQueryRequest {
  /** A query parameter (v3). */
  service_code?: string;
}

/**
 * The result of `alipay.open.app.service.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAppServiceQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenAppServiceQueryResult {
  reject_reason?: string;
  service_code?: string;
  service_xml?: string;
  status?: string;
  template_type?: string;
  user_service_delivery_type?: string;
}

/**
 * The error codes of `alipay.open.app.service.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAppServiceQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenAppServiceQueryErrorCode = "SYSTEM_ERROR" | "SERVICE_NOT_EXIST" | "INVALID_PARAMETER" | "PERMISSION_CHECK_ERROR";

/**
 * `alipay.open.app.service.query`: GET /v3/alipay/open/app/service/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAppServiceQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAppServiceQuery, { service_code: "s1111" });
 * ```
 */
export const alipayOpenAppServiceQuery: ApiDefinition<"alipay.open.app.service.query", AlipayOpenAppServiceQueryRequest, AlipayOpenAppServiceQueryResult, AlipayOpenAppServiceQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.app.service.query",
  { verb: 'GET', query: ["service_code"] },
  () => ({ service_code: 0 }),
  () => ({ reject_reason: 0, service_code: 0, service_xml: 0, status: 0, template_type: 0, user_service_delivery_type: 0 }),
);
