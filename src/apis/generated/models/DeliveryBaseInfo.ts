// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type DeliveryMaterial, DeliveryMaterialShape } from './DeliveryMaterial.ts';

/**
 * `DeliveryBaseInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: DeliveryBaseInfo = { delivery_begin_time: '…', delivery_end_time: '…' };
 * ```
 */
export interface DeliveryBaseInfo {
  delivery_begin_time?: string;
  delivery_end_time?: string;
  delivery_material?: DeliveryMaterial;
  delivery_name?: string;
}
export const DeliveryBaseInfoShape = (): object => ({ delivery_begin_time: 0, delivery_end_time: 0, delivery_material: DeliveryMaterialShape, delivery_name: 0 });
