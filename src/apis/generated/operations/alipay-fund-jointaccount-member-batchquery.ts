// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type JointAccountQuotaDTO, JointAccountQuotaDTOShape } from '../models/JointAccountQuotaDTO.ts';

/**
 * The request of `alipay.fund.jointaccount.member.batchquery` (POST /v3/alipay/fund/jointaccount/member/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundJointaccountMemberBatchqueryRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayFundJointaccountMemberBatchqueryRequest {
  account_id?: string;
  agreement_no?: string;
  biz_scene?: string;
  identity?: string;
  identity_type?: string;
  last_open_id?: string;
  last_user_id?: string;
  page_num?: string;
  page_size?: string;
  product_code?: string;
}

/**
 * The result of `alipay.fund.jointaccount.member.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundJointaccountMemberBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundJointaccountMemberBatchqueryResult {
  account_id?: string;
  member_list?: JointAccountMemberDTO[];
  page_num?: string;
  page_size?: string;
  total_count?: string;
  total_page_count?: string;
}

/**
 * The error codes of `alipay.fund.jointaccount.member.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundJointaccountMemberBatchqueryErrorCode = "PRODUCT_NOT_SIGN";
 * ```
 */
export type AlipayFundJointaccountMemberBatchqueryErrorCode = "PRODUCT_NOT_SIGN" | "ILLEGAL_ARGUMENT" | "IDENTITY_CHECK_ERROR" | "AGREEMENT_IS_INVALID" | "AGREEMENT_NOT_EXIST" | "SYSTEM_ERROR" | "USER_NOT_MATCH" | "CONFIG_ERROR" | "LAST_USER_ID_PARAM_ERROR" | "PAGE_SIZE_PARAM_ERROR" | "OPEN_ID_NOT_EXIST";

/**
 * `JointAccountMemberDTO`, a model of Alipay's v3 description (in `alipay.fund.jointaccount.member.batchquery`).
 *
 * @example
 * ```ts
 * const value: JointAccountMemberDTO = { name: '…', open_id: '…' };
 * ```
 */
export interface JointAccountMemberDTO {
  account_quota?: JointAccountQuotaDTO;
  member_ext_info?: MemberExtInfo;
  name?: string;
  open_id?: string;
  status?: string;
  user_id?: string;
}
const JointAccountMemberDTOShape = (): object => ({ account_quota: JointAccountQuotaDTOShape, member_ext_info: MemberExtInfoShape, name: 0, open_id: 0, status: 0, user_id: 0 });

/**
 * `MemberExtInfo`, a model of Alipay's v3 description (in `alipay.fund.jointaccount.member.batchquery`).
 *
 * @example
 * ```ts
 * const value: MemberExtInfo = { employee_id: '…' };
 * ```
 */
export interface MemberExtInfo {
  employee_id?: string;
}
const MemberExtInfoShape = (): object => ({ employee_id: 0 });

/**
 * `alipay.fund.jointaccount.member.batchquery`: POST /v3/alipay/fund/jointaccount/member/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundJointaccountMemberBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundJointaccountMemberBatchquery, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayFundJointaccountMemberBatchquery: ApiDefinition<"alipay.fund.jointaccount.member.batchquery", AlipayFundJointaccountMemberBatchqueryRequest, AlipayFundJointaccountMemberBatchqueryResult, AlipayFundJointaccountMemberBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.jointaccount.member.batchquery",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, biz_scene: 0, identity: 0, identity_type: 0, last_open_id: 0, last_user_id: 0, page_num: 0, page_size: 0, product_code: 0 }),
  () => ({ account_id: 0, member_list: [JointAccountMemberDTOShape], page_num: 0, page_size: 0, total_count: 0, total_page_count: 0 }),
);
