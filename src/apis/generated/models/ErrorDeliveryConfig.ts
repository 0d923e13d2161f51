// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type DeliveryConfig, DeliveryConfigShape } from './DeliveryConfig.ts';

/**
 * `ErrorDeliveryConfig`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.stop`).
 *
 * @example
 * ```ts
 * const value: ErrorDeliveryConfig = { error_code: '…', error_msg: '…' };
 * ```
 */
export interface ErrorDeliveryConfig {
  delivery_config?: DeliveryConfig;
  error_code?: string;
  error_msg?: string;
}
export const ErrorDeliveryConfigShape = (): object => ({ delivery_config: DeliveryConfigShape, error_code: 0, error_msg: 0 });
