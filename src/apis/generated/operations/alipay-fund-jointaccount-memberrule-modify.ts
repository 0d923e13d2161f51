// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type JointAccountQuotaDTO, JointAccountQuotaDTOShape } from '../models/JointAccountQuotaDTO.ts';

/**
 * The request of `alipay.fund.jointaccount.memberrule.modify` (POST /v3/alipay/fund/jointaccount/memberrule/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundJointaccountMemberruleModifyRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayFundJointaccountMemberruleModifyRequest {
  account_id?: string;
  agreement_no?: string;
  biz_scene?: string;
  member_list?: JointAccountMemberList;
  product_code?: string;
}

/**
 * The result of `alipay.fund.jointaccount.memberrule.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundJointaccountMemberruleModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayFundJointaccountMemberruleModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.fund.jointaccount.memberrule.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundJointaccountMemberruleModifyErrorCode = "PRODUCT_NOT_SIGN";
 * ```
 */
export type AlipayFundJointaccountMemberruleModifyErrorCode = "PRODUCT_NOT_SIGN" | "MAX_QUOTA_CONFIG_MISSING";

/**
 * `JointAccountMemberList`, a model of Alipay's v3 description (in `alipay.fund.jointaccount.memberrule.modify`).
 *
 * @example
 * ```ts
 * const value: JointAccountMemberList = { open_id: '…', user_id: '…' };
 * ```
 */
export interface JointAccountMemberList {
  account_quota?: JointAccountQuotaDTO[];
  open_id?: string;
  user_id?: string;
}
const JointAccountMemberListShape = (): object => ({ account_quota: [JointAccountQuotaDTOShape], open_id: 0, user_id: 0 });

/**
 * `alipay.fund.jointaccount.memberrule.modify`: POST /v3/alipay/fund/jointaccount/memberrule/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundJointaccountMemberruleModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundJointaccountMemberruleModify, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayFundJointaccountMemberruleModify: ApiDefinition<"alipay.fund.jointaccount.memberrule.modify", AlipayFundJointaccountMemberruleModifyRequest, AlipayFundJointaccountMemberruleModifyResult, AlipayFundJointaccountMemberruleModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.jointaccount.memberrule.modify",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, biz_scene: 0, member_list: JointAccountMemberListShape, product_code: 0 }),
  () => ({}),
);
