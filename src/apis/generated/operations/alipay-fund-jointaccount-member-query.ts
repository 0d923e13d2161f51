// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type JointAccountQuotaDTO, JointAccountQuotaDTOShape } from '../models/JointAccountQuotaDTO.ts';

/**
 * The request of `alipay.fund.jointaccount.member.query` (GET /v3/alipay/fund/jointaccount/member/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayFundJointaccountMemberQueryRequest = { product_code: "ENTERPRISE_PAY", biz_scene: "DEFAULT" };
 * ```
 */
export interface AlipayFundJointaccountMemberQueryRequest {
  /** A query parameter (v3). */
  product_code?: string;
  /** A query parameter (v3). */
  biz_scene?: string;
  /** A query parameter (v3). */
  account_id?: string;
  /** A query parameter (v3). */
  page_num?: string;
  /** A query parameter (v3). */
  page_size?: string;
  /** A query parameter (v3). */
  user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
}

/**
 * The result of `alipay.fund.jointaccount.member.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundJointaccountMemberQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundJointaccountMemberQueryResult {
  account_id?: string;
  biz_scene?: string;
  member_list?: JointAccountMemberRespDTO[];
  page_num?: string;
  page_size?: string;
  product_code?: string;
  total_page_count?: string;
}

/**
 * The error codes of `alipay.fund.jointaccount.member.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundJointaccountMemberQueryErrorCode = "PRODUCT_NOT_SIGN";
 * ```
 */
export type AlipayFundJointaccountMemberQueryErrorCode = "PRODUCT_NOT_SIGN" | "SYSTEM_ERROR";

/**
 * `JointAccountMemberRespDTO`, a model of Alipay's v3 description (in `alipay.fund.jointaccount.member.query`).
 *
 * @example
 * ```ts
 * const value: JointAccountMemberRespDTO = { logon_id: '…', name: '…' };
 * ```
 */
export interface JointAccountMemberRespDTO {
  account_quota?: JointAccountQuotaDTO[];
  logon_id?: string;
  name?: string;
  status?: string;
  user_id?: string;
}
const JointAccountMemberRespDTOShape = (): object => ({ account_quota: [JointAccountQuotaDTOShape], logon_id: 0, name: 0, status: 0, user_id: 0 });

/**
 * `alipay.fund.jointaccount.member.query`: GET /v3/alipay/fund/jointaccount/member/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundJointaccountMemberQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundJointaccountMemberQuery, { product_code: "ENTERPRISE_PAY", biz_scene: "DEFAULT" });
 * ```
 */
export const alipayFundJointaccountMemberQuery: ApiDefinition<"alipay.fund.jointaccount.member.query", AlipayFundJointaccountMemberQueryRequest, AlipayFundJointaccountMemberQueryResult, AlipayFundJointaccountMemberQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.jointaccount.member.query",
  { verb: 'GET', query: ["product_code", "biz_scene", "account_id", "page_num", "page_size", "user_id", "open_id", "agreement_no"] },
  () => ({ product_code: 0, biz_scene: 0, account_id: 0, page_num: 0, page_size: 0, user_id: 0, open_id: 0, agreement_no: 0 }),
  () => ({ account_id: 0, biz_scene: 0, member_list: [JointAccountMemberRespDTOShape], page_num: 0, page_size: 0, product_code: 0, total_page_count: 0 }),
);
