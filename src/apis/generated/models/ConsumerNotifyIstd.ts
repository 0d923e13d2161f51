// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ConsumerNotifyIstd`, a model of Alipay's v3 description (in `alipay.commerce.logistics.order.instantdelivery.create`, `alipay.commerce.logistics.order.instantdelivery.precreate`, `alipay.commerce.logistics.order.istdretry.create`).
 *
 * @example
 * ```ts
 * const value: ConsumerNotifyIstd = { goods_count: 1, goods_img: '…' };
 * ```
 */
export interface ConsumerNotifyIstd {
  goods_count?: number;
  goods_img?: string;
  goods_name?: string;
  merchant_mobile?: string;
  merchant_name?: string;
  tiny_app_id?: string;
  tiny_app_url?: string;
}
export const ConsumerNotifyIstdShape = (): object => ({ goods_count: 1, goods_img: 0, goods_name: 0, merchant_mobile: 0, merchant_name: 0, tiny_app_id: 0, tiny_app_url: 0 });
