// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `MaterialInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.item.open.batchquery`, `ant.merchant.expand.item.open.query`).
 *
 * @example
 * ```ts
 * const value: MaterialInfo = { content: '…', material_id: '…' };
 * ```
 */
export interface MaterialInfo {
  content?: string;
  material_id?: string;
  type?: string;
}
export const MaterialInfoShape = (): object => ({ content: 0, material_id: 0, type: 0 });
