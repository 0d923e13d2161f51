// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `DeliveryMiniAppContentInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: DeliveryMiniAppContentInfo = { mini_app_delivery_type: '…', mini_app_id: '…' };
 * ```
 */
export interface DeliveryMiniAppContentInfo {
  mini_app_delivery_type?: string;
  mini_app_id?: string;
  service_code_list?: string[];
}
export const DeliveryMiniAppContentInfoShape = (): object => ({ mini_app_delivery_type: 0, mini_app_id: 0, service_code_list: [0] });
