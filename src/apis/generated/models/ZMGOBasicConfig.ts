// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ZMGOBasicConfig`, a model of Alipay's v3 description (in `zhima.merchant.zmgo.template.create`, `zhima.merchant.zmgo.template.query`).
 *
 * @example
 * ```ts
 * const value: ZMGOBasicConfig = { biz_type: '…', contact: '…' };
 * ```
 */
export interface ZMGOBasicConfig {
  biz_type?: string;
  contact?: string;
  isv_pid?: string;
  merchant_custom_logo?: string;
  out_biz_no?: string;
  partner_id?: string;
  template_name?: string;
  template_no?: string;
}
export const ZMGOBasicConfigShape = (): object => ({ biz_type: 0, contact: 0, isv_pid: 0, merchant_custom_logo: 0, out_biz_no: 0, partner_id: 0, template_name: 0, template_no: 0 });
