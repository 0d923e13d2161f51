// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `DeliverySingleMaterial`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: DeliverySingleMaterial = { delivery_image: '…' };
 * ```
 */
export interface DeliverySingleMaterial {
  delivery_image?: string;
}
export const DeliverySingleMaterialShape = (): object => ({ delivery_image: 0 });
