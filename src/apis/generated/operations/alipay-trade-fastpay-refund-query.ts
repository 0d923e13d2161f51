// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type EnterprisePayInfo, EnterprisePayInfoShape } from '../models/EnterprisePayInfo.ts';
import { type RefundChargeInfo, RefundChargeInfoShape } from '../models/RefundChargeInfo.ts';
import { type TradeFundBill, TradeFundBillShape } from '../models/TradeFundBill.ts';
import { type VoucherDetail, VoucherDetailShape } from '../models/VoucherDetail.ts';

/**
 * The request of `alipay.trade.fastpay.refund.query` (POST /v3/alipay/trade/fastpay/refund/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradeFastpayRefundQueryRequest = { org_pid: '…', out_request_no: '…' };
 * ```
 */
export interface AlipayTradeFastpayRefundQueryRequest {
  org_pid?: string;
  out_request_no?: string;
  out_trade_no?: string;
  query_options?: string[];
  trade_no?: string;
}

/**
 * The result of `alipay.trade.fastpay.refund.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeFastpayRefundQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeFastpayRefundQueryResult {
  deposit_back_info?: DepositBackInfo;
  deposit_back_info_list?: DepositBackInfo[];
  enterprise_pay_info?: EnterprisePayInfo;
  error_code?: string;
  gmt_refund_pay?: string;
  industry_sepc_detail?: string;
  out_request_no?: string;
  out_trade_no?: string;
  pre_auth_cancel_fee?: string;
  present_refund_buyer_amount?: string;
  present_refund_discount_amount?: string;
  present_refund_mdiscount_amount?: string;
  refund_amount?: string;
  refund_channel_list?: string;
  refund_channel_status?: string;
  refund_charge_amount?: string;
  refund_charge_info_list?: RefundChargeInfo[];
  refund_detail_item_list?: TradeFundBill[];
  refund_hyb_amount?: string;
  refund_reason?: string;
  refund_royaltys?: RefundRoyaltyResult[];
  refund_settlement_id?: string;
  refund_status?: string;
  refund_voucher_detail_list?: VoucherDetail[];
  send_back_fee?: string;
  total_amount?: string;
  trade_no?: string;
}

/**
 * The error codes of `alipay.trade.fastpay.refund.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeFastpayRefundQueryErrorCode = "ACQ.SYSTEM_ERROR";
 * ```
 */
export type AlipayTradeFastpayRefundQueryErrorCode = "ACQ.SYSTEM_ERROR" | "ACQ.INVALID_PARAMETER" | "TRADE_NOT_EXIST" | "ACQ.TRADE_NOT_EXIST" | "ACQ.ENTERPRISE_PAY_BIZ_ERROR";

/**
 * `DepositBackInfo`, a model of Alipay's v3 description (in `alipay.trade.fastpay.refund.query`).
 *
 * @example
 * ```ts
 * const value: DepositBackInfo = { bank_ack_time: '…', dback_amount: '…' };
 * ```
 */
export interface DepositBackInfo {
  bank_ack_time?: string;
  dback_amount?: string;
  dback_status?: string;
  est_bank_receipt_time?: string;
  has_deposit_back?: string;
}
const DepositBackInfoShape = (): object => ({ bank_ack_time: 0, dback_amount: 0, dback_status: 0, est_bank_receipt_time: 0, has_deposit_back: 0 });

/**
 * `RefundRoyaltyResult`, a model of Alipay's v3 description (in `alipay.trade.fastpay.refund.query`).
 *
 * @example
 * ```ts
 * const value: RefundRoyaltyResult = { ori_trans_in: '…', ori_trans_out: '…' };
 * ```
 */
export interface RefundRoyaltyResult {
  ori_trans_in?: string;
  ori_trans_out?: string;
  refund_amount?: string;
  result_code?: string;
  royalty_type?: string;
  trans_in?: string;
  trans_in_email?: string;
  trans_out?: string;
  trans_out_email?: string;
}
const RefundRoyaltyResultShape = (): object => ({ ori_trans_in: 0, ori_trans_out: 0, refund_amount: 0, result_code: 0, royalty_type: 0, trans_in: 0, trans_in_email: 0, trans_out: 0, trans_out_email: 0 });

/**
 * `alipay.trade.fastpay.refund.query`: POST /v3/alipay/trade/fastpay/refund/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeFastpayRefundQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeFastpayRefundQuery, { org_pid: '…', out_request_no: '…' });
 * ```
 */
export const alipayTradeFastpayRefundQuery: ApiDefinition<"alipay.trade.fastpay.refund.query", AlipayTradeFastpayRefundQueryRequest, AlipayTradeFastpayRefundQueryResult, AlipayTradeFastpayRefundQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.fastpay.refund.query",
  'POST',
  () => ({ org_pid: 0, out_request_no: 0, out_trade_no: 0, query_options: [0], trade_no: 0 }),
  () => ({ deposit_back_info: DepositBackInfoShape, deposit_back_info_list: [DepositBackInfoShape], enterprise_pay_info: EnterprisePayInfoShape, error_code: 0, gmt_refund_pay: 0, industry_sepc_detail: 0, out_request_no: 0, out_trade_no: 0, pre_auth_cancel_fee: 0, present_refund_buyer_amount: 0, present_refund_discount_amount: 0, present_refund_mdiscount_amount: 0, refund_amount: 0, refund_channel_list: 0, refund_channel_status: 0, refund_charge_amount: 0, refund_charge_info_list: [RefundChargeInfoShape], refund_detail_item_list: [TradeFundBillShape], refund_hyb_amount: 0, refund_reason: 0, refund_royaltys: [RefundRoyaltyResultShape], refund_settlement_id: 0, refund_status: 0, refund_voucher_detail_list: [VoucherDetailShape], send_back_fee: 0, total_amount: 0, trade_no: 0 }),
);
