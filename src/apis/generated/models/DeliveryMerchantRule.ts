// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type DeliveryMerchantInfo, DeliveryMerchantInfoShape } from './DeliveryMerchantInfo.ts';

/**
 * `DeliveryMerchantRule`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: DeliveryMerchantRule = { delivery_merchant_mode: '…' };
 * ```
 */
export interface DeliveryMerchantRule {
  brand_id_list?: string[];
  delivery_merchant_infos?: DeliveryMerchantInfo[];
  delivery_merchant_mode?: string;
}
export const DeliveryMerchantRuleShape = (): object => ({ brand_id_list: [0], delivery_merchant_infos: [DeliveryMerchantInfoShape], delivery_merchant_mode: 0 });
