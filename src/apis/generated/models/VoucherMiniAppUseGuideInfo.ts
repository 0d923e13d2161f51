// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `VoucherMiniAppUseGuideInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 6 more).
 *
 * @example
 * ```ts
 * const value: VoucherMiniAppUseGuideInfo = { mini_app_url: '…' };
 * ```
 */
export interface VoucherMiniAppUseGuideInfo {
  mini_app_service_codes?: string[];
  mini_app_url?: string;
}
export const VoucherMiniAppUseGuideInfoShape = (): object => ({ mini_app_service_codes: [0], mini_app_url: 0 });
