// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.jointaccount.member.unbind` (POST /v3/alipay/fund/jointaccount/member/unbind: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundJointaccountMemberUnbindRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayFundJointaccountMemberUnbindRequest {
  account_id?: string;
  agreement_no?: string;
  biz_scene?: string;
  identity?: string;
  identity_type?: string;
  name?: string;
  product_code?: string;
  status?: string;
}

/**
 * The result of `alipay.fund.jointaccount.member.unbind`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundJointaccountMemberUnbindResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayFundJointaccountMemberUnbindResult = Record<string, never>;

/**
 * The error codes of `alipay.fund.jointaccount.member.unbind` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundJointaccountMemberUnbindErrorCode = "PRODUCT_NOT_SIGN";
 * ```
 */
export type AlipayFundJointaccountMemberUnbindErrorCode = "PRODUCT_NOT_SIGN" | "ANALYSIS_PARAM_ERROR" | "PARAM_NAME_NOT_BLANK" | "AGREEMENT_NOT_EXIST" | "AGREEMENT_IS_INVALID" | "AGREEMENT_STATUS_IS_NOT_NORMAL" | "AGREEMENT_IS_OUT_OF_DATE" | "HORIZONTAL_AUTHORITY_EXCEPTION" | "USER_NOT_EXIST" | "USER_TYPE_NOT_ALLOWED" | "USER_UNREAL_NAME" | "CERT_TYPE_ERROR" | "NEED_TO_SET_PPW" | "USER_STATUS_ERROR" | "MEMBER_NOT_IN_ACCOUNT" | "CANCEL_INVITE_MEMBER_FAIL" | "DELETE_INVITE_MEMBER_FAIL" | "NON_EXISTENT_INVITE_RECORD" | "PASSIVE_DELETE_ADMIN" | "QUERY_ACCOUNT_INFO_FAIL" | "DELETE_MASTER_SELF" | "PASSIVE_BECOME_ADMIN" | "JOINT_ACCOUNT_NOT_EXIST" | "HAS_DELETED" | "DELETE_MEMBER_PERMISSION_DENIED" | "DELETE_FAIL" | "JOINT_ACCOUNT_INVITE_STATUS_INVALID" | "JOINT_ACCOUNT_NO_PERMISSION" | "ILLEGAL_ARGUMENT" | "CONSULT_MEMBER_FAIL" | "SYSTEM_ERROR" | "QUERY_USER_INFO_FAIL" | "FUND_AGREEMENT_INVALID_FAILED" | "DUPLICATE_CANCEL_MEMBER_REQUEST";

/**
 * `alipay.fund.jointaccount.member.unbind`: POST /v3/alipay/fund/jointaccount/member/unbind over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundJointaccountMemberUnbind } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundJointaccountMemberUnbind, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayFundJointaccountMemberUnbind: ApiDefinition<"alipay.fund.jointaccount.member.unbind", AlipayFundJointaccountMemberUnbindRequest, AlipayFundJointaccountMemberUnbindResult, AlipayFundJointaccountMemberUnbindErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.jointaccount.member.unbind",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, biz_scene: 0, identity: 0, identity_type: 0, name: 0, product_code: 0, status: 0 }),
  () => ({}),
);
