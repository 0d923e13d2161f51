// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type AuthorizedRuleDTO, AuthorizedRuleDTOShape } from '../models/AuthorizedRuleDTO.ts';
import { type JointAccountQuotaRespDTO, JointAccountQuotaRespDTOShape } from '../models/JointAccountQuotaRespDTO.ts';

/**
 * The request of `alipay.fund.jointaccount.detail.query` (GET /v3/alipay/fund/jointaccount/detail/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayFundJointaccountDetailQueryRequest = { product_code: "ENTERPRISE_PAY", biz_scene: "DEFAULT" };
 * ```
 */
export interface AlipayFundJointaccountDetailQueryRequest {
  /** A query parameter (v3). */
  product_code?: string;
  /** A query parameter (v3). */
  biz_scene?: string;
  /** A query parameter (v3). */
  account_id?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  out_biz_no?: string;
  /** A query parameter (v3). */
  channel?: string;
}

/**
 * The result of `alipay.fund.jointaccount.detail.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundJointaccountDetailQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundJointaccountDetailQueryResult {
  account_id?: string;
  account_name?: string;
  account_quota?: JointAccountQuotaRespDTO[];
  account_status?: string;
  agreement_no?: string;
  authorized_rule?: AuthorizedRuleDTO;
  available_balance?: string;
  biz_scene?: string;
  creator_id?: string;
  creator_open_id?: string;
  creator_out_id?: string;
  freeze_balance?: string;
  invite_result_list?: InviteResultDTO[];
  member_list?: JointAccountMemberInfoRespDTO[];
  product_code?: string;
  profit_status?: string;
  yesterday_profit?: string;
}

/**
 * The error codes of `alipay.fund.jointaccount.detail.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundJointaccountDetailQueryErrorCode = "PRODUCT_NOT_SIGN";
 * ```
 */
export type AlipayFundJointaccountDetailQueryErrorCode = "PRODUCT_NOT_SIGN" | "AGREEMENT_IS_INVALID" | "AGREEMENT_NOT_EXIST" | "JOINT_ACCOUNT_NO_EXIST" | "ILLEGAL_ARGUMENT" | "SYSTEM_ERROR" | "ACCOUNT_NOT_EXIST" | "JA_ASSET_NOT_EXIST" | "AGREEMENT_STATUS_IS_NOT_NORMAL" | "AGREEMENT_IS_OUT_OF_DATE";

/**
 * `InviteResultDTO`, a model of Alipay's v3 description (in `alipay.fund.jointaccount.detail.query`).
 *
 * @example
 * ```ts
 * const value: InviteResultDTO = { identity: '…', identity_type: '…' };
 * ```
 */
export interface InviteResultDTO {
  identity?: string;
  identity_type?: string;
  process_id?: string;
}
const InviteResultDTOShape = (): object => ({ identity: 0, identity_type: 0, process_id: 0 });

/**
 * `JointAccountMemberInfoRespDTO`, a model of Alipay's v3 description (in `alipay.fund.jointaccount.detail.query`).
 *
 * @example
 * ```ts
 * const value: JointAccountMemberInfoRespDTO = { open_id: '…', operate_role: '…' };
 * ```
 */
export interface JointAccountMemberInfoRespDTO {
  open_id?: string;
  operate_role?: string;
  user_id?: string;
}
const JointAccountMemberInfoRespDTOShape = (): object => ({ open_id: 0, operate_role: 0, user_id: 0 });

/**
 * `alipay.fund.jointaccount.detail.query`: GET /v3/alipay/fund/jointaccount/detail/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundJointaccountDetailQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundJointaccountDetailQuery, { product_code: "ENTERPRISE_PAY", biz_scene: "DEFAULT" });
 * ```
 */
export const alipayFundJointaccountDetailQuery: ApiDefinition<"alipay.fund.jointaccount.detail.query", AlipayFundJointaccountDetailQueryRequest, AlipayFundJointaccountDetailQueryResult, AlipayFundJointaccountDetailQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.jointaccount.detail.query",
  { verb: 'GET', query: ["product_code", "biz_scene", "account_id", "agreement_no", "out_biz_no", "channel"] },
  () => ({ product_code: 0, biz_scene: 0, account_id: 0, agreement_no: 0, out_biz_no: 0, channel: 0 }),
  () => ({ account_id: 0, account_name: 0, account_quota: [JointAccountQuotaRespDTOShape], account_status: 0, agreement_no: 0, authorized_rule: AuthorizedRuleDTOShape, available_balance: 0, biz_scene: 0, creator_id: 0, creator_open_id: 0, creator_out_id: 0, freeze_balance: 0, invite_result_list: [InviteResultDTOShape], member_list: [JointAccountMemberInfoRespDTOShape], product_code: 0, profit_status: 0, yesterday_profit: 0 }),
);
