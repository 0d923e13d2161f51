// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `BusinessItem`, a model of Alipay's v3 description (in `alipay.eco.mycar.parking.parkinglotbiz.transfer`, `alipay.eco.mycar.parking.parkinglotinfo.create`, `alipay.eco.mycar.parking.parkinglotinfo.query` and 1 more).
 *
 * @example
 * ```ts
 * const value: BusinessItem = { business_appid: '…', business_payee_id: '…' };
 * ```
 */
export interface BusinessItem {
  business_appid?: string;
  business_payee_id?: string;
  business_pid?: string;
  business_type?: string;
}
export const BusinessItemShape = (): object => ({ business_appid: 0, business_payee_id: 0, business_pid: 0, business_type: 0 });
