// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type OrderVoucherAvailableCityCode, OrderVoucherAvailableCityCodeShape } from './OrderVoucherAvailableCityCode.ts';
import { type OrderVoucherAvailableShop, OrderVoucherAvailableShopShape } from './OrderVoucherAvailableShop.ts';

/**
 * `VoucherAvailableScope`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query`).
 *
 * @example
 * ```ts
 * const value: VoucherAvailableScope = { voucher_available_type: '…' };
 * ```
 */
export interface VoucherAvailableScope {
  order_voucher_available_city_code?: OrderVoucherAvailableCityCode;
  order_voucher_available_shop?: OrderVoucherAvailableShop;
  voucher_available_type?: string;
}
export const VoucherAvailableScopeShape = (): object => ({ order_voucher_available_city_code: OrderVoucherAvailableCityCodeShape, order_voucher_available_shop: OrderVoucherAvailableShopShape, voucher_available_type: 0 });
