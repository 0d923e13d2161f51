// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `InterfaceInfoList`, a model of Alipay's v3 description (in `alipay.eco.mycar.parking.config.query`, `alipay.eco.mycar.parking.config.set`).
 *
 * @example
 * ```ts
 * const value: InterfaceInfoList = { interface_name: '…', interface_type: '…' };
 * ```
 */
export interface InterfaceInfoList {
  interface_name?: string;
  interface_type?: string;
  interface_url?: string;
}
export const InterfaceInfoListShape = (): object => ({ interface_name: 0, interface_type: 0, interface_url: 0 });
