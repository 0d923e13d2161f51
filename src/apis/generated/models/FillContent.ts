// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `FillContent`, a model of Alipay's v3 description (in `alipay.eco.contract.signflows.create`, `alipay.eco.sign.flow.create`).
 *
 * @example
 * ```ts
 * const value: FillContent = { struct_key: '…', value: '…' };
 * ```
 */
export interface FillContent {
  struct_key?: string;
  value?: string;
}
export const FillContentShape = (): object => ({ struct_key: 0, value: 0 });
