// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.department.sublist.query` (GET /v3/alipay/commerce/ec/department/sublist/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcDepartmentSublistQueryRequest = { enterprise_id: "2088441363102941", department_id: "1001094000039142" };
 * ```
 */
export interface AlipayCommerceEcDepartmentSublistQueryRequest {
  /** A query parameter (v3). */
  enterprise_id?: string;
  /** A query parameter (v3). */
  department_id?: string;
}

/**
 * The result of `alipay.commerce.ec.department.sublist.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcDepartmentSublistQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcDepartmentSublistQueryResult {
  department_id_list?: string[];
}

/**
 * The error codes of `alipay.commerce.ec.department.sublist.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcDepartmentSublistQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceEcDepartmentSublistQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "NO_AGREEMENT" | "DEPT_NOT_EXIST" | "ENTERPRISE_STATUS_ERROR" | "ENTERPRISE_NOT_EXIST" | "PARAM_ERROR";

/**
 * `alipay.commerce.ec.department.sublist.query`: GET /v3/alipay/commerce/ec/department/sublist/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcDepartmentSublistQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcDepartmentSublistQuery, { enterprise_id: "2088441363102941", department_id: "1001094000039142" });
 * ```
 */
export const alipayCommerceEcDepartmentSublistQuery: ApiDefinition<"alipay.commerce.ec.department.sublist.query", AlipayCommerceEcDepartmentSublistQueryRequest, AlipayCommerceEcDepartmentSublistQueryResult, AlipayCommerceEcDepartmentSublistQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.department.sublist.query",
  { verb: 'GET', query: ["enterprise_id", "department_id"] },
  () => ({ enterprise_id: 0, department_id: 0 }),
  () => ({ department_id_list: [0] }),
);
