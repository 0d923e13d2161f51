// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type FundExtInfo, FundExtInfoShape } from '../models/FundExtInfo.ts';
import { type JointAccountQuotaDTO, JointAccountQuotaDTOShape } from '../models/JointAccountQuotaDTO.ts';

/**
 * The request of `alipay.fund.jointaccount.member.bind` (POST /v3/alipay/fund/jointaccount/member/bind: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundJointaccountMemberBindRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayFundJointaccountMemberBindRequest {
  account_id?: string;
  account_quota?: JointAccountQuotaDTO;
  agreement_no?: string;
  agreement_sign_info?: string;
  biz_scene?: string;
  business_params?: InviteMemberBusinessParamsDTO;
  identity?: string;
  identity_type?: string;
  identity_verified_info?: IdentityVerifiedInfoDTO;
  name?: string;
  product_code?: string;
}

/**
 * The result of `alipay.fund.jointaccount.member.bind`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundJointaccountMemberBindResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundJointaccountMemberBindResult {
  reply_url?: string;
}

/**
 * The error codes of `alipay.fund.jointaccount.member.bind` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundJointaccountMemberBindErrorCode = "PRODUCT_NOT_SIGN";
 * ```
 */
export type AlipayFundJointaccountMemberBindErrorCode = "PRODUCT_NOT_SIGN" | "ANALYSIS_PARAM_ERROR" | "PARAM_NAME_NOT_BLANK" | "AGREEMENT_NOT_EXIST" | "AGREEMENT_IS_INVALID" | "AGREEMENT_STATUS_IS_NOT_NORMAL" | "AGREEMENT_IS_OUT_OF_DATE" | "HORIZONTAL_AUTHORITY_EXCEPTION" | "USER_NOT_EXIST" | "USER_TYPE_NOT_ALLOWED" | "USER_UNREAL_NAME" | "CERT_TYPE_ERROR" | "NEED_TO_SET_PPW" | "USER_STATUS_ERROR" | "INVITE_MEMBER_FAIL" | "JOINT_ACCOUNT_DUPLICATE_INVITE" | "ALREADY_REGISTER_MEMBER" | "JOINT_ACCOUNT_APPLY_STATUS_ERROR" | "ENTERPRISE_MEMBER_NUM_EXCEED_MAX" | "JOINED_ACCOUNT_NUM_EXCEED_MAX" | "USER_GROUP_OVER_MAX" | "FUND_GROUP_NOT_EXIST" | "FUND_IDENTITY_NOT_ALLOWED" | "ACCOUNT_NO_MULTI_FUND_PERMISSION" | "FUND_IDENTITY_PARAM_ERROR" | "COMMON_LOCK_CONFLICT" | "ILLEGAL_ARGUMENT" | "SYSTEM_ERROR" | "COMMON_RPC_ERROR" | "OPEN_ID_TRANSFORM_ERROR" | "DUPLICATE_JOINT_ACCOUNT_INVITE";

/**
 * `IdentityVerifiedInfoDTO`, a model of Alipay's v3 description (in `alipay.fund.jointaccount.member.bind`).
 *
 * @example
 * ```ts
 * const value: IdentityVerifiedInfoDTO = { cert_no: '…', cert_type: '…' };
 * ```
 */
export interface IdentityVerifiedInfoDTO {
  cert_no?: string;
  cert_type?: string;
  user_name?: string;
}
const IdentityVerifiedInfoDTOShape = (): object => ({ cert_no: 0, cert_type: 0, user_name: 0 });

/**
 * `InviteMemberBusinessParamsDTO`, a model of Alipay's v3 description (in `alipay.fund.jointaccount.member.bind`).
 *
 * @example
 * ```ts
 * const value: InviteMemberBusinessParamsDTO = { employee_id: '…' };
 * ```
 */
export interface InviteMemberBusinessParamsDTO {
  employee_id?: string;
  fund_ext_info?: FundExtInfo;
  group_id_list?: string[];
}
const InviteMemberBusinessParamsDTOShape = (): object => ({ employee_id: 0, fund_ext_info: FundExtInfoShape, group_id_list: [0] });

/**
 * `alipay.fund.jointaccount.member.bind`: POST /v3/alipay/fund/jointaccount/member/bind over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundJointaccountMemberBind } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundJointaccountMemberBind, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayFundJointaccountMemberBind: ApiDefinition<"alipay.fund.jointaccount.member.bind", AlipayFundJointaccountMemberBindRequest, AlipayFundJointaccountMemberBindResult, AlipayFundJointaccountMemberBindErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.jointaccount.member.bind",
  'POST',
  () => ({ account_id: 0, account_quota: JointAccountQuotaDTOShape, agreement_no: 0, agreement_sign_info: 0, biz_scene: 0, business_params: InviteMemberBusinessParamsDTOShape, identity: 0, identity_type: 0, identity_verified_info: IdentityVerifiedInfoDTOShape, name: 0, product_code: 0 }),
  () => ({ reply_url: 0 }),
);
