// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `RecommendAccountDTO`, a model of Alipay's v3 description (in `alipay.open.sp.operation.apply`, `alipay.open.sp.operation.qrcode.query`).
 *
 * @example
 * ```ts
 * const value: RecommendAccountDTO = { alipay_account: '…', user_name: '…' };
 * ```
 */
export interface RecommendAccountDTO {
  alipay_account?: string;
  user_name?: string;
}
export const RecommendAccountDTOShape = (): object => ({ alipay_account: 0, user_name: 0 });
