// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.app.service.delete` (DELETE /v3/alipay/open/app/service/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAppServiceDeleteRequest = { service_code: "12522641" };
 * ```
 */
export interface AlipayOpenAppServiceDeleteRequest {
  /** A query parameter (v3). */
  service_code?: string;
}

/**
 * The result of `alipay.open.app.service.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAppServiceDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenAppServiceDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.open.app.service.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAppServiceDeleteErrorCode = "PERMISSION_CHECK_ERROR";
 * ```
 */
export type AlipayOpenAppServiceDeleteErrorCode = "PERMISSION_CHECK_ERROR" | "SERVICE_CAN_NOT_INVALID" | "SERVICE_STATUS_IS_AUDITING" | "SERVICE_NULL" | "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `alipay.open.app.service.delete`: DELETE /v3/alipay/open/app/service/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAppServiceDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAppServiceDelete, { service_code: "12522641" });
 * ```
 */
export const alipayOpenAppServiceDelete: ApiDefinition<"alipay.open.app.service.delete", AlipayOpenAppServiceDeleteRequest, AlipayOpenAppServiceDeleteResult, AlipayOpenAppServiceDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.app.service.delete",
  { verb: 'DELETE', query: ["service_code"] },
  () => ({ service_code: 0 }),
  () => ({}),
);
