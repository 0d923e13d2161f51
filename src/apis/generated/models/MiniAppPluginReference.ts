// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `MiniAppPluginReference`, a model of Alipay's v3 description (in `alipay.open.mini.innerversion.nobuild.upload`, `alipay.open.mini.innerversion.upload`).
 *
 * @example
 * ```ts
 * const value: MiniAppPluginReference = { lazy: true, plugin_id: '…' };
 * ```
 */
export interface MiniAppPluginReference {
  lazy?: boolean;
  plugin_id?: string;
  plugin_lazy?: boolean;
  plugin_version?: string;
}
export const MiniAppPluginReferenceShape = (): object => ({ lazy: 2, plugin_id: 0, plugin_lazy: 2, plugin_version: 0 });
