// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.jointaccount.member.consult` (POST /v3/alipay/fund/jointaccount/member/consult: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundJointaccountMemberConsultRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayFundJointaccountMemberConsultRequest {
  account_id?: string;
  agreement_no?: string;
  business_params?: string;
  open_id_list?: string[];
  user_id_list?: string[];
}

/**
 * The result of `alipay.fund.jointaccount.member.consult`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundJointaccountMemberConsultResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundJointaccountMemberConsultResult {
  account_id?: string;
  code?: string;
  member_list?: MemberStatusRespDTO[];
  msg?: string;
}

/**
 * The error codes of `alipay.fund.jointaccount.member.consult` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundJointaccountMemberConsultErrorCode = "PRODUCT_NOT_SIGN";
 * ```
 */
export type AlipayFundJointaccountMemberConsultErrorCode = "PRODUCT_NOT_SIGN" | "AGREEMENT_IS_INVALID" | "SYSTEM_ERROR";

/**
 * `MemberStatusRespDTO`, a model of Alipay's v3 description (in `alipay.fund.jointaccount.member.consult`).
 *
 * @example
 * ```ts
 * const value: MemberStatusRespDTO = { open_id: '…', status: '…' };
 * ```
 */
export interface MemberStatusRespDTO {
  open_id?: string;
  status?: string;
  user_id?: string;
}
const MemberStatusRespDTOShape = (): object => ({ open_id: 0, status: 0, user_id: 0 });

/**
 * `alipay.fund.jointaccount.member.consult`: POST /v3/alipay/fund/jointaccount/member/consult over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundJointaccountMemberConsult } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundJointaccountMemberConsult, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayFundJointaccountMemberConsult: ApiDefinition<"alipay.fund.jointaccount.member.consult", AlipayFundJointaccountMemberConsultRequest, AlipayFundJointaccountMemberConsultResult, AlipayFundJointaccountMemberConsultErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.jointaccount.member.consult",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, business_params: 0, open_id_list: [0], user_id_list: [0] }),
  () => ({ account_id: 0, code: 0, member_list: [MemberStatusRespDTOShape], msg: 0 }),
);
