// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ReceiverIstd`, a model of Alipay's v3 description (in `alipay.commerce.logistics.order.instantdelivery.create`, `alipay.commerce.logistics.order.instantdelivery.precreate`, `alipay.commerce.logistics.order.istdretry.create`).
 *
 * @example
 * ```ts
 * const value: ReceiverIstd = { address: '…', address_detail: '…' };
 * ```
 */
export interface ReceiverIstd {
  address?: string;
  address_detail?: string;
  city?: string;
  coordinate_type?: number;
  lat?: string;
  lng?: string;
  mobile_no?: string;
  name?: string;
}
export const ReceiverIstdShape = (): object => ({ address: 0, address_detail: 0, city: 0, coordinate_type: 1, lat: 0, lng: 0, mobile_no: 0, name: 0 });
