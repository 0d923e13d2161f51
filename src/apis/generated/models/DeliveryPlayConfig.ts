// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type DeliveryFullSendConfig, DeliveryFullSendConfigShape } from './DeliveryFullSendConfig.ts';
import { type DeliverySingleSendConfig, DeliverySingleSendConfigShape } from './DeliverySingleSendConfig.ts';

/**
 * `DeliveryPlayConfig`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: DeliveryPlayConfig = {};
 * ```
 */
export interface DeliveryPlayConfig {
  delivery_full_send_config?: DeliveryFullSendConfig;
  delivery_single_send_config?: DeliverySingleSendConfig;
}
export const DeliveryPlayConfigShape = (): object => ({ delivery_full_send_config: DeliveryFullSendConfigShape, delivery_single_send_config: DeliverySingleSendConfigShape });
