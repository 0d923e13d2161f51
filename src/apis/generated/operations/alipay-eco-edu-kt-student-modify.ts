// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type UserDetails, UserDetailsShape } from '../models/UserDetails.ts';

/**
 * The request of `alipay.eco.edu.kt.student.modify` (POST /v3/alipay/eco/edu/kt/student/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEcoEduKtStudentModifyRequest = { child_name: '…', isv_pid: '…' };
 * ```
 */
export interface AlipayEcoEduKtStudentModifyRequest {
  child_name?: string;
  isv_pid?: string;
  school_no?: string;
  school_pid?: string;
  status?: string;
  student_code?: string;
  student_identify?: string;
  student_no?: string;
  users?: UserDetails[];
}

/**
 * The result of `alipay.eco.edu.kt.student.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoEduKtStudentModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEcoEduKtStudentModifyResult {
  status?: string;
}

/**
 * The error codes of `alipay.eco.edu.kt.student.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoEduKtStudentModifyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEcoEduKtStudentModifyErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `alipay.eco.edu.kt.student.modify`: POST /v3/alipay/eco/edu/kt/student/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoEduKtStudentModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoEduKtStudentModify, { child_name: '…', isv_pid: '…' });
 * ```
 */
export const alipayEcoEduKtStudentModify: ApiDefinition<"alipay.eco.edu.kt.student.modify", AlipayEcoEduKtStudentModifyRequest, AlipayEcoEduKtStudentModifyResult, AlipayEcoEduKtStudentModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.edu.kt.student.modify",
  'POST',
  () => ({ child_name: 0, isv_pid: 0, school_no: 0, school_pid: 0, status: 0, student_code: 0, student_identify: 0, student_no: 0, users: [UserDetailsShape] }),
  () => ({ status: 0 }),
);
