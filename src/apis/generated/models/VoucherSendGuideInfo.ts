// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type VoucherMiniAppSendGuideInfo, VoucherMiniAppSendGuideInfoShape } from './VoucherMiniAppSendGuideInfo.ts';

/**
 * `VoucherSendGuideInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 6 more).
 *
 * @example
 * ```ts
 * const value: VoucherSendGuideInfo = {};
 * ```
 */
export interface VoucherSendGuideInfo {
  mini_app_send_guide_info?: VoucherMiniAppSendGuideInfo;
  send_guide_mode?: string[];
}
export const VoucherSendGuideInfoShape = (): object => ({ mini_app_send_guide_info: VoucherMiniAppSendGuideInfoShape, send_guide_mode: [0] });
