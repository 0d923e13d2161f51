// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.user.twostage.common.use` (POST /v3/alipay/user/twostage/common/use: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayUserTwostageCommonUseRequest = { dynamic_id: '…', pay_check_strategy: '…' };
 * ```
 */
export interface AlipayUserTwostageCommonUseRequest {
  dynamic_id?: string;
  pay_check_strategy?: string;
  pay_pid?: string;
  sence_no?: string;
}

/**
 * The result of `alipay.user.twostage.common.use`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayUserTwostageCommonUseResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayUserTwostageCommonUseResult {
  open_id?: string;
  user_id?: string;
  user_identity_info?: UserIdentityInfo;
}

/**
 * The error codes of `alipay.user.twostage.common.use` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayUserTwostageCommonUseErrorCode = "INPUT_ILLEGAL";
 * ```
 */
export type AlipayUserTwostageCommonUseErrorCode = "INPUT_ILLEGAL" | "DECODE_FAILED" | "INDEX_NOT_EXIST" | "SYSTEM_ERROR" | "ILLEGAL_CODE" | "CODE_EXPIRED" | "USER_UN_AUTH" | "SENCENO_UN_MATCH";

/**
 * `HSchoolInfo`, a model of Alipay's v3 description (in `alipay.user.twostage.common.use`).
 *
 * @example
 * ```ts
 * const value: HSchoolInfo = { campus_no: '…', school_std_code: '…' };
 * ```
 */
export interface HSchoolInfo {
  campus_no?: string;
  school_std_code?: string;
}
const HSchoolInfoShape = (): object => ({ campus_no: 0, school_std_code: 0 });

/**
 * `UserIdentityInfo`, a model of Alipay's v3 description (in `alipay.user.twostage.common.use`).
 *
 * @example
 * ```ts
 * const value: UserIdentityInfo = {};
 * ```
 */
export interface UserIdentityInfo {
  h_school_info?: HSchoolInfo;
}
const UserIdentityInfoShape = (): object => ({ h_school_info: HSchoolInfoShape });

/**
 * `alipay.user.twostage.common.use`: POST /v3/alipay/user/twostage/common/use over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayUserTwostageCommonUse } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayUserTwostageCommonUse, { dynamic_id: '…', pay_check_strategy: '…' });
 * ```
 */
export const alipayUserTwostageCommonUse: ApiDefinition<"alipay.user.twostage.common.use", AlipayUserTwostageCommonUseRequest, AlipayUserTwostageCommonUseResult, AlipayUserTwostageCommonUseErrorCode> = /* @__PURE__ */ operation(
  "alipay.user.twostage.common.use",
  'POST',
  () => ({ dynamic_id: 0, pay_check_strategy: 0, pay_pid: 0, sence_no: 0 }),
  () => ({ open_id: 0, user_id: 0, user_identity_info: UserIdentityInfoShape }),
);
