// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type AuthorizedRuleDTO, AuthorizedRuleDTOShape } from '../models/AuthorizedRuleDTO.ts';
import { type JointAccountQuotaDTO, JointAccountQuotaDTOShape } from '../models/JointAccountQuotaDTO.ts';

/**
 * The request of `alipay.fund.jointaccount.rule.modify` (POST /v3/alipay/fund/jointaccount/rule/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundJointaccountRuleModifyRequest = { account_id: '…', account_name: '…' };
 * ```
 */
export interface AlipayFundJointaccountRuleModifyRequest {
  account_id?: string;
  account_name?: string;
  account_quota?: JointAccountQuotaDTO[];
  agreement_no?: string;
  authorized_rule?: AuthorizedRuleDTO;
  biz_scene?: string;
  product_code?: string;
}

/**
 * The result of `alipay.fund.jointaccount.rule.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundJointaccountRuleModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayFundJointaccountRuleModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.fund.jointaccount.rule.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundJointaccountRuleModifyErrorCode = "PRODUCT_NOT_SIGN";
 * ```
 */
export type AlipayFundJointaccountRuleModifyErrorCode = "PRODUCT_NOT_SIGN";

/**
 * `alipay.fund.jointaccount.rule.modify`: POST /v3/alipay/fund/jointaccount/rule/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundJointaccountRuleModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundJointaccountRuleModify, { account_id: '…', account_name: '…' });
 * ```
 */
export const alipayFundJointaccountRuleModify: ApiDefinition<"alipay.fund.jointaccount.rule.modify", AlipayFundJointaccountRuleModifyRequest, AlipayFundJointaccountRuleModifyResult, AlipayFundJointaccountRuleModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.jointaccount.rule.modify",
  'POST',
  () => ({ account_id: 0, account_name: 0, account_quota: [JointAccountQuotaDTOShape], agreement_no: 0, authorized_rule: AuthorizedRuleDTOShape, biz_scene: 0, product_code: 0 }),
  () => ({}),
);
