// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `AuthorizeDetailDTO`, a model of Alipay's v3 description (in `alipay.fund.jointaccount.detail.query`, `alipay.fund.jointaccount.rule.modify`).
 *
 * @example
 * ```ts
 * const value: AuthorizeDetailDTO = { authorized_principal_id: '…' };
 * ```
 */
export interface AuthorizeDetailDTO {
  authorized_principal_id?: string;
}
export const AuthorizeDetailDTOShape = (): object => ({ authorized_principal_id: 0 });
