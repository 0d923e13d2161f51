// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `UserMailInfoOrder`, a model of Alipay's v3 description (in `alipay.boss.fnc.userinvoiceinfo.create`, `alipay.boss.fnc.userinvoiceinfo.modify`).
 *
 * @example
 * ```ts
 * const value: UserMailInfoOrder = { city: '…', country: '…' };
 * ```
 */
export interface UserMailInfoOrder {
  city?: string;
  country?: string;
  county_district?: string;
  detail_address?: string;
  email?: string;
  ip_role_id?: string;
  name?: string;
  province?: string;
  street?: string;
  telephone?: string;
}
export const UserMailInfoOrderShape = (): object => ({ city: 0, country: 0, county_district: 0, detail_address: 0, email: 0, ip_role_id: 0, name: 0, province: 0, street: 0, telephone: 0 });
