// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `CommonVoucherDisplayLiteInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.user.batchqueryvoucher`).
 *
 * @example
 * ```ts
 * const value: CommonVoucherDisplayLiteInfo = { brand_logo: '…', brand_name: '…' };
 * ```
 */
export interface CommonVoucherDisplayLiteInfo {
  brand_logo?: string;
  brand_name?: string;
}
export const CommonVoucherDisplayLiteInfoShape = (): object => ({ brand_logo: 0, brand_name: 0 });
