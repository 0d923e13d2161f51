// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `SearchBoxServiceInfo`, a model of Alipay's v3 description (in `alipay.open.search.box.apply`, `alipay.open.search.box.consult`, `alipay.open.search.box.modify` and 1 more).
 *
 * @example
 * ```ts
 * const value: SearchBoxServiceInfo = { service_category_code: '…', service_category_name: '…' };
 * ```
 */
export interface SearchBoxServiceInfo {
  service_category_code?: string;
  service_category_name?: string;
  service_code?: string;
  service_name?: string;
}
export const SearchBoxServiceInfoShape = (): object => ({ service_category_code: 0, service_category_name: 0, service_code: 0, service_name: 0 });
