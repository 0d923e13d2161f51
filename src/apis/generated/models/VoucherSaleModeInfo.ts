// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type BizfundSettleInfo, BizfundSettleInfoShape } from './BizfundSettleInfo.ts';

/**
 * `VoucherSaleModeInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 8 more).
 *
 * @example
 * ```ts
 * const value: VoucherSaleModeInfo = { fund_custody_mode: '…', overdue_refundable: true };
 * ```
 */
export interface VoucherSaleModeInfo {
  fund_custody_mode?: string;
  overdue_refundable?: boolean;
  overdue_refundable_need_confirm?: boolean;
  payee_pid?: string;
  refundable?: boolean;
  refundable_need_confirm?: boolean;
  sale_amount?: string;
  settle_info?: BizfundSettleInfo;
}
export const VoucherSaleModeInfoShape = (): object => ({ fund_custody_mode: 0, overdue_refundable: 2, overdue_refundable_need_confirm: 2, payee_pid: 0, refundable: 2, refundable_need_confirm: 2, sale_amount: 0, settle_info: BizfundSettleInfoShape });
