// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type DeliverySendGuide, DeliverySendGuideShape } from './DeliverySendGuide.ts';

/**
 * `DeliveryContentConfig`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: DeliveryContentConfig = {};
 * ```
 */
export interface DeliveryContentConfig {
  delivery_send_guide?: DeliverySendGuide;
}
export const DeliveryContentConfigShape = (): object => ({ delivery_send_guide: DeliverySendGuideShape });
