// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type DeliveryConfig, DeliveryConfigShape } from './DeliveryConfig.ts';

/**
 * `SuccessDeliveryConfig`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.stop`).
 *
 * @example
 * ```ts
 * const value: SuccessDeliveryConfig = {};
 * ```
 */
export interface SuccessDeliveryConfig {
  delivery_config?: DeliveryConfig;
}
export const SuccessDeliveryConfigShape = (): object => ({ delivery_config: DeliveryConfigShape });
