// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type VoucherSendGuide, VoucherSendGuideShape } from './VoucherSendGuide.ts';
import { type VoucherUseGuide, VoucherUseGuideShape } from './VoucherUseGuide.ts';

/**
 * `CustomerGuide`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query`).
 *
 * @example
 * ```ts
 * const value: CustomerGuide = { mini_app_id: '…', mini_app_path: '…' };
 * ```
 */
export interface CustomerGuide {
  mini_app_id?: string;
  mini_app_path?: string;
  real_shop_ids?: string[];
  service_codes?: string[];
  shop_ids?: string[];
  store_ids?: string[];
  voucher_send_guide?: VoucherSendGuide;
  voucher_use_guide?: VoucherUseGuide;
}
export const CustomerGuideShape = (): object => ({ mini_app_id: 0, mini_app_path: 0, real_shop_ids: [0], service_codes: [0], shop_ids: [0], store_ids: [0], voucher_send_guide: VoucherSendGuideShape, voucher_use_guide: VoucherUseGuideShape });
