// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.edu.kt.parent.query` (GET /v3/alipay/eco/edu/kt/parent/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEcoEduKtParentQueryRequest = { school_pid: "20880012939123234423", school_no: "11010100000002" };
 * ```
 */
export interface AlipayEcoEduKtParentQueryRequest {
  /** A query parameter (v3). */
  school_pid?: string;
  /** A query parameter (v3). */
  school_no?: string;
  /** A query parameter (v3). */
  partner_id?: string;
  /** A query parameter (v3). */
  child_name?: string;
  /** A query parameter (v3). */
  user_mobile?: string;
  /** A query parameter (v3). */
  student_code?: string;
  /** A query parameter (v3). */
  student_identify?: string;
}

/**
 * The result of `alipay.eco.edu.kt.parent.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoEduKtParentQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEcoEduKtParentQueryResult {
  status?: string;
}

/**
 * The error codes of `alipay.eco.edu.kt.parent.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoEduKtParentQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEcoEduKtParentQueryErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.eco.edu.kt.parent.query`: GET /v3/alipay/eco/edu/kt/parent/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoEduKtParentQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoEduKtParentQuery, { school_pid: "20880012939123234423", school_no: "11010100000002" });
 * ```
 */
export const alipayEcoEduKtParentQuery: ApiDefinition<"alipay.eco.edu.kt.parent.query", AlipayEcoEduKtParentQueryRequest, AlipayEcoEduKtParentQueryResult, AlipayEcoEduKtParentQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.edu.kt.parent.query",
  { verb: 'GET', query: ["school_pid", "school_no", "partner_id", "child_name", "user_mobile", "student_code", "student_identify"] },
  () => ({ school_pid: 0, school_no: 0, partner_id: 0, child_name: 0, user_mobile: 0, student_code: 0, student_identify: 0 }),
  () => ({ status: 0 }),
);
