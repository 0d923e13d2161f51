// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ServiceRecordCatRequest`, a model of Alipay's v3 description (in `alipay.iservice.ccm.servicerecord.create`, `alipay.iservice.ccm.servicerecord.modify`).
 *
 * @example
 * ```ts
 * const value: ServiceRecordCatRequest = { cat_name: '…', first_cat: '…' };
 * ```
 */
export interface ServiceRecordCatRequest {
  cat_name?: string;
  first_cat?: string;
  fourth_cat?: string;
  instence_code?: string;
  second_cat?: string;
  third_cat?: string;
}
export const ServiceRecordCatRequestShape = (): object => ({ cat_name: 0, first_cat: 0, fourth_cat: 0, instence_code: 0, second_cat: 0, third_cat: 0 });
