// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `AssetShareSourceInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.institution.create`, `alipay.ebpp.invoice.institution.detailinfo.query`, `alipay.ebpp.invoice.institution.expenserule.create` and 2 more).
 *
 * @example
 * ```ts
 * const value: AssetShareSourceInfo = { share_mode: '…' };
 * ```
 */
export interface AssetShareSourceInfo {
  share_mode?: string;
  source_id_list?: string[];
}
export const AssetShareSourceInfoShape = (): object => ({ share_mode: 0, source_id_list: [0] });
