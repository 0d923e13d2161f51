// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type AuthorizeDetailDTO, AuthorizeDetailDTOShape } from './AuthorizeDetailDTO.ts';

/**
 * `AuthorizedRuleDTO`, a model of Alipay's v3 description (in `alipay.fund.jointaccount.detail.query`, `alipay.fund.jointaccount.rule.modify`).
 *
 * @example
 * ```ts
 * const value: AuthorizedRuleDTO = { authorized_type: '…' };
 * ```
 */
export interface AuthorizedRuleDTO {
  authorized_detail_list?: AuthorizeDetailDTO[];
  authorized_type?: string;
}
export const AuthorizedRuleDTOShape = (): object => ({ authorized_detail_list: [AuthorizeDetailDTOShape], authorized_type: 0 });
