// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.employee.invite.query` (GET /v3/alipay/commerce/ec/employee/invite: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcEmployeeInviteQueryRequest = { enterprise_id: "2088985758939", employee_id: "2288099887700000" };
 * ```
 */
export interface AlipayCommerceEcEmployeeInviteQueryRequest {
  /** A query parameter (v3). */
  enterprise_id?: string;
  /** A query parameter (v3). */
  employee_id?: string;
  /** A query parameter (v3). */
  page_content_code?: string;
  /** A query parameter (v3). */
  withholding_sign_str?: string;
  /** A query parameter (v3). */
  create_share_code?: string;
}

/**
 * The result of `alipay.commerce.ec.employee.invite.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcEmployeeInviteQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcEmployeeInviteQueryResult {
  enterprise_id?: string;
  mini_app_sign_url?: string;
  share_code?: string;
  sign_url?: string;
}

/**
 * The error codes of `alipay.commerce.ec.employee.invite.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcEmployeeInviteQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceEcEmployeeInviteQueryErrorCode = "INVALID_PARAMETER" | "ENTERPRISE_NOT_EXIST" | "NO_AGREEMENT" | "SYSTEM_ERROR" | "ENTERPRISE_NOT_SIGNED" | "EMPLOYEE_NOT_EXIST";

/**
 * `alipay.commerce.ec.employee.invite.query`: GET /v3/alipay/commerce/ec/employee/invite over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcEmployeeInviteQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcEmployeeInviteQuery, { enterprise_id: "2088985758939", employee_id: "2288099887700000" });
 * ```
 */
export const alipayCommerceEcEmployeeInviteQuery: ApiDefinition<"alipay.commerce.ec.employee.invite.query", AlipayCommerceEcEmployeeInviteQueryRequest, AlipayCommerceEcEmployeeInviteQueryResult, AlipayCommerceEcEmployeeInviteQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.employee.invite.query",
  { verb: 'GET', path: "/v3/alipay/commerce/ec/employee/invite", query: ["enterprise_id", "employee_id", "page_content_code", "withholding_sign_str", "create_share_code"] },
  () => ({ enterprise_id: 0, employee_id: 0, page_content_code: 0, withholding_sign_str: 0, create_share_code: 0 }),
  () => ({ enterprise_id: 0, mini_app_sign_url: 0, share_code: 0, sign_url: 0 }),
);
