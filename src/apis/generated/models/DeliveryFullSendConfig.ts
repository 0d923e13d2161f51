// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type DeliveryContentInfo, DeliveryContentInfoShape } from './DeliveryContentInfo.ts';

/**
 * `DeliveryFullSendConfig`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: DeliveryFullSendConfig = { delivery_floor_amount: '…' };
 * ```
 */
export interface DeliveryFullSendConfig {
  delivery_content_info?: DeliveryContentInfo;
  delivery_floor_amount?: string;
}
export const DeliveryFullSendConfigShape = (): object => ({ delivery_content_info: DeliveryContentInfoShape, delivery_floor_amount: 0 });
