// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `FundExtInfo`, a model of Alipay's v3 description (in `alipay.fund.enterprisepay.group.add`, `alipay.fund.enterprisepay.group.modify`, `alipay.fund.enterprisepay.member.modify` and 1 more).
 *
 * @example
 * ```ts
 * const value: FundExtInfo = { fund_identity: '…', fund_identity_type: '…' };
 * ```
 */
export interface FundExtInfo {
  fund_identity?: string;
  fund_identity_type?: string;
}
export const FundExtInfoShape = (): object => ({ fund_identity: 0, fund_identity_type: 0 });
