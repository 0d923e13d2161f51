// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type RecruitEnrollMerchant, RecruitEnrollMerchantShape } from './RecruitEnrollMerchant.ts';
import { type RecruitMaterial, RecruitMaterialShape } from './RecruitMaterial.ts';
import { type RecruitMiniApp, RecruitMiniAppShape } from './RecruitMiniApp.ts';
import { type RecruitVoucher, RecruitVoucherShape } from './RecruitVoucher.ts';

/**
 * `RecruitEnrollInfo`, a model of Alipay's v3 description (in `alipay.marketing.recruit.enroll.create`, `alipay.marketing.recruit.enroll.query`).
 *
 * @example
 * ```ts
 * const value: RecruitEnrollInfo = {};
 * ```
 */
export interface RecruitEnrollInfo {
  cities?: string[];
  enroll_merchant?: RecruitEnrollMerchant;
  materials?: RecruitMaterial[];
  mini_apps?: RecruitMiniApp[];
  vouchers?: RecruitVoucher[];
}
export const RecruitEnrollInfoShape = (): object => ({ cities: [0], enroll_merchant: RecruitEnrollMerchantShape, materials: [RecruitMaterialShape], mini_apps: [RecruitMiniAppShape], vouchers: [RecruitVoucherShape] });
