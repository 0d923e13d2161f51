// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type VoucherMiniAppUseGuideInfo, VoucherMiniAppUseGuideInfoShape } from './VoucherMiniAppUseGuideInfo.ts';

/**
 * `VoucherUseGuideInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 6 more).
 *
 * @example
 * ```ts
 * const value: VoucherUseGuideInfo = { use_url: '…' };
 * ```
 */
export interface VoucherUseGuideInfo {
  mini_app_use_guide_info?: VoucherMiniAppUseGuideInfo;
  use_guide_mode?: string[];
  use_url?: string;
}
export const VoucherUseGuideInfoShape = (): object => ({ mini_app_use_guide_info: VoucherMiniAppUseGuideInfoShape, use_guide_mode: [0], use_url: 0 });
