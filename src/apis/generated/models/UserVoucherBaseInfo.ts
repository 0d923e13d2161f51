// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `UserVoucherBaseInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.user.batchqueryvoucher`, `alipay.marketing.activity.user.queryvoucher`).
 *
 * @example
 * ```ts
 * const value: UserVoucherBaseInfo = { associate_trade_no: '…', belong_merchant_id: '…' };
 * ```
 */
export interface UserVoucherBaseInfo {
  associate_trade_no?: string;
  belong_merchant_id?: string;
  create_time?: string;
  valid_begin_time?: string;
  valid_end_time?: string;
  voucher_code?: string;
  voucher_id?: string;
  voucher_max_use_times?: number;
  voucher_name?: string;
  voucher_status?: string;
  voucher_used_times?: number;
}
export const UserVoucherBaseInfoShape = (): object => ({ associate_trade_no: 0, belong_merchant_id: 0, create_time: 0, valid_begin_time: 0, valid_end_time: 0, voucher_code: 0, voucher_id: 0, voucher_max_use_times: 1, voucher_name: 0, voucher_status: 0, voucher_used_times: 1 });
