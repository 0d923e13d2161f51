// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type DeliveryAvailableCityCode, DeliveryAvailableCityCodeShape } from './DeliveryAvailableCityCode.ts';

/**
 * `DeliveryAvailableScope`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: DeliveryAvailableScope = { delivery_available_scope_type: '…' };
 * ```
 */
export interface DeliveryAvailableScope {
  delivery_available_city_code?: DeliveryAvailableCityCode;
  delivery_available_scope_type?: string;
}
export const DeliveryAvailableScopeShape = (): object => ({ delivery_available_city_code: DeliveryAvailableCityCodeShape, delivery_available_scope_type: 0 });
