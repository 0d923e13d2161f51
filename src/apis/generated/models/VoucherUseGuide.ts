// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `VoucherUseGuide`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query`).
 *
 * @example
 * ```ts
 * const value: VoucherUseGuide = { mini_app_id: '…', mini_app_path: '…' };
 * ```
 */
export interface VoucherUseGuide {
  mini_app_id?: string;
  mini_app_path?: string;
  mini_app_use_guide?: boolean;
  offline_code_use_guide?: boolean;
  service_codes?: string[];
}
export const VoucherUseGuideShape = (): object => ({ mini_app_id: 0, mini_app_path: 0, mini_app_use_guide: 2, offline_code_use_guide: 2, service_codes: [0] });
