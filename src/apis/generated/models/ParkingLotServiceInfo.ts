// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ParkingLotServiceInfo`, a model of Alipay's v3 description (in `alipay.eco.mycar.parking.parkinglotinfo.create`, `alipay.eco.mycar.parking.parkinglotinfo.query`, `alipay.eco.mycar.parking.parkinglotinfo.update`).
 *
 * @example
 * ```ts
 * const value: ParkingLotServiceInfo = { service_name: '…', service_type: '…' };
 * ```
 */
export interface ParkingLotServiceInfo {
  service_name?: string;
  service_type?: string;
  service_url?: string;
}
export const ParkingLotServiceInfoShape = (): object => ({ service_name: 0, service_type: 0, service_url: 0 });
