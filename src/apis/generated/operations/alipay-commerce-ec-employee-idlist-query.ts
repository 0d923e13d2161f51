// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.employee.idlist.query` (GET /v3/alipay/commerce/ec/employee/idlist/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcEmployeeIdlistQueryRequest = { enterprise_id: "2088441363102941", department_id: "1001094000039142" };
 * ```
 */
export interface AlipayCommerceEcEmployeeIdlistQueryRequest {
  /** A query parameter (v3). */
  enterprise_id?: string;
  /** A query parameter (v3). */
  department_id?: string;
  /** A query parameter (v3). */
  page_num?: number;
  /** A query parameter (v3). */
  page_size?: number;
}

/**
 * The result of `alipay.commerce.ec.employee.idlist.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcEmployeeIdlistQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcEmployeeIdlistQueryResult {
  current_page?: number;
  employee_id_list?: string[];
  total_num?: number;
  total_pages?: number;
}

/**
 * The error codes of `alipay.commerce.ec.employee.idlist.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcEmployeeIdlistQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceEcEmployeeIdlistQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "NO_AGREEMENT" | "DEPT_NOT_EXIST" | "ENTERPRISE_NOT_EXIST";

/**
 * `alipay.commerce.ec.employee.idlist.query`: GET /v3/alipay/commerce/ec/employee/idlist/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcEmployeeIdlistQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcEmployeeIdlistQuery, { enterprise_id: "2088441363102941", department_id: "1001094000039142" });
 * ```
 */
export const alipayCommerceEcEmployeeIdlistQuery: ApiDefinition<"alipay.commerce.ec.employee.idlist.query", AlipayCommerceEcEmployeeIdlistQueryRequest, AlipayCommerceEcEmployeeIdlistQueryResult, AlipayCommerceEcEmployeeIdlistQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.employee.idlist.query",
  { verb: 'GET', query: ["enterprise_id", "department_id", "page_num", "page_size"] },
  () => ({ enterprise_id: 0, department_id: 0, page_num: 1, page_size: 1 }),
  () => ({ current_page: 1, employee_id_list: [0], total_num: 1, total_pages: 1 }),
);
