// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ExtensionArea`, a model of Alipay's v3 description (in `alipay.open.public.default.extension.create`, `alipay.open.public.personalized.extension.batchquery`, `alipay.open.public.personalized.extension.create`).
 *
 * @example
 * ```ts
 * const value: ExtensionArea = { goto_url: '…', height: 1 };
 * ```
 */
export interface ExtensionArea {
  goto_url?: string;
  height?: number;
  name?: string;
  type?: string;
  url?: string;
}
export const ExtensionAreaShape = (): object => ({ goto_url: 0, height: 1, name: 0, type: 0, url: 0 });
