// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type DeliveryContentConfig, DeliveryContentConfigShape } from './DeliveryContentConfig.ts';
import { type DeliveryContentInfo, DeliveryContentInfoShape } from './DeliveryContentInfo.ts';

/**
 * `DeliverySingleSendConfig`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: DeliverySingleSendConfig = {};
 * ```
 */
export interface DeliverySingleSendConfig {
  delivery_content_config?: DeliveryContentConfig;
  delivery_content_info?: DeliveryContentInfo;
}
export const DeliverySingleSendConfigShape = (): object => ({ delivery_content_config: DeliveryContentConfigShape, delivery_content_info: DeliveryContentInfoShape });
