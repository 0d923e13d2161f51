// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `SearchBoxAppInfo`, a model of Alipay's v3 description (in `alipay.open.search.box.apply`, `alipay.open.search.box.consult`, `alipay.open.search.box.modify` and 1 more).
 *
 * @example
 * ```ts
 * const value: SearchBoxAppInfo = { app_name: '…', app_type: '…' };
 * ```
 */
export interface SearchBoxAppInfo {
  app_name?: string;
  app_type?: string;
  relate_appid?: string;
}
export const SearchBoxAppInfoShape = (): object => ({ app_name: 0, app_type: 0, relate_appid: 0 });
