// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type DeliverySingleMaterial, DeliverySingleMaterialShape } from './DeliverySingleMaterial.ts';

/**
 * `DeliveryMaterial`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: DeliveryMaterial = {};
 * ```
 */
export interface DeliveryMaterial {
  delivery_single_material?: DeliverySingleMaterial;
  material_id_list?: string[];
}
export const DeliveryMaterialShape = (): object => ({ delivery_single_material: DeliverySingleMaterialShape, material_id_list: [0] });
