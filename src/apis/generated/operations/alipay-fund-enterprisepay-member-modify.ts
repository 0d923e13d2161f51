// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type FundExtInfo, FundExtInfoShape } from '../models/FundExtInfo.ts';

/**
 * The request of `alipay.fund.enterprisepay.member.modify` (POST /v3/alipay/fund/enterprisepay/member/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundEnterprisepayMemberModifyRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayFundEnterprisepayMemberModifyRequest {
  account_id?: string;
  agreement_no?: string;
  biz_scene?: string;
  fund_ext_info?: FundExtInfo;
  group_id_list?: string[];
  open_id?: string;
  operation_type_list?: string[];
  product_code?: string;
  user_id?: string;
}

/**
 * The result of `alipay.fund.enterprisepay.member.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundEnterprisepayMemberModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayFundEnterprisepayMemberModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.fund.enterprisepay.member.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundEnterprisepayMemberModifyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayFundEnterprisepayMemberModifyErrorCode = "SYSTEM_ERROR" | "AGREEMENT_NOT_EXIST" | "ILLEGAL_ARGUMENT" | "HORIZONTAL_AUTHORITY_EXCEPTION" | "NOT_REGISTER_MEMBER" | "FUND_GROUP_NOT_EXIST" | "FUND_IDENTITY_NOT_ALLOWED" | "ACCOUNT_NO_MULTI_FUND_PERMISSION" | "AGREEMENT_IS_INVALID" | "AGREEMENT_STATUS_IS_NOT_NORMAL" | "AGREEMENT_IS_OUT_OF_DATE" | "USER_AGREEMENT_SIGN_FAIL" | "UN_SUPPORT_UPDATE_SCENE" | "USER_AGREEMENT_UPDATE_FAIL" | "FUND_IDENTITY_PARAM_ERROR" | "BIZ_SCENE_NOT_ADMIT" | "MEMBER_FUND_MODIFY_FAIL" | "JA_IDENTITY_INVALID";

/**
 * `alipay.fund.enterprisepay.member.modify`: POST /v3/alipay/fund/enterprisepay/member/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundEnterprisepayMemberModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundEnterprisepayMemberModify, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayFundEnterprisepayMemberModify: ApiDefinition<"alipay.fund.enterprisepay.member.modify", AlipayFundEnterprisepayMemberModifyRequest, AlipayFundEnterprisepayMemberModifyResult, AlipayFundEnterprisepayMemberModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.enterprisepay.member.modify",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, biz_scene: 0, fund_ext_info: FundExtInfoShape, group_id_list: [0], open_id: 0, operation_type_list: [0], product_code: 0, user_id: 0 }),
  () => ({}),
);
