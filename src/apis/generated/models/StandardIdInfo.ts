// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `StandardIdInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.institution.create`, `alipay.ebpp.invoice.institution.modify`).
 *
 * @example
 * ```ts
 * const value: StandardIdInfo = { outer_source_id: '…', standard_id: '…' };
 * ```
 */
export interface StandardIdInfo {
  outer_source_id?: string;
  standard_id?: string;
}
export const StandardIdInfoShape = (): object => ({ outer_source_id: 0, standard_id: 0 });
