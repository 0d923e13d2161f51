// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type BelongMerchantInfo, BelongMerchantInfoShape } from './BelongMerchantInfo.ts';

/**
 * `ActivityBaseInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 8 more).
 *
 * @example
 * ```ts
 * const value: ActivityBaseInfo = { activity_id: '…', activity_name: '…' };
 * ```
 */
export interface ActivityBaseInfo {
  activity_id?: string;
  activity_name?: string;
  activity_operation_status?: string;
  activity_product_type?: string;
  activity_status?: string;
  belong_merchant_info?: BelongMerchantInfo;
  code_mode?: string;
  out_activity_id?: string;
}
export const ActivityBaseInfoShape = (): object => ({ activity_id: 0, activity_name: 0, activity_operation_status: 0, activity_product_type: 0, activity_status: 0, belong_merchant_info: BelongMerchantInfoShape, code_mode: 0, out_activity_id: 0 });
