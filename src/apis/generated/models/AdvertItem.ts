// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `AdvertItem`, a model of Alipay's v3 description (in `alipay.open.public.advert.batchquery`, `alipay.open.public.advert.create`, `alipay.open.public.advert.modify`).
 *
 * @example
 * ```ts
 * const value: AdvertItem = { img_url: '…', link_type: '…' };
 * ```
 */
export interface AdvertItem {
  img_url?: string;
  link_type?: string;
  link_url?: string;
  name?: string;
}
export const AdvertItemShape = (): object => ({ img_url: 0, link_type: 0, link_url: 0, name: 0 });
