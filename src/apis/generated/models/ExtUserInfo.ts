// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ExtUserInfo`, a model of Alipay's v3 description (in `alipay.trade.create`, `alipay.trade.pay`, `alipay.trade.precreate`).
 *
 * @example
 * ```ts
 * const value: ExtUserInfo = { cert_no: '…', cert_type: '…' };
 * ```
 */
export interface ExtUserInfo {
  cert_no?: string;
  cert_type?: string;
  fix_buyer?: string;
  identity_hash?: string;
  min_age?: string;
  mobile?: string;
  name?: string;
  need_check_info?: string;
}
export const ExtUserInfoShape = (): object => ({ cert_no: 0, cert_type: 0, fix_buyer: 0, identity_hash: 0, min_age: 0, mobile: 0, name: 0, need_check_info: 0 });
