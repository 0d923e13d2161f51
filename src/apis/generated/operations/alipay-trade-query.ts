// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type BkAgentRespInfo, BkAgentRespInfoShape } from '../models/BkAgentRespInfo.ts';
import { type ChargeInfo, ChargeInfoShape } from '../models/ChargeInfo.ts';
import { type EnterprisePayInfo, EnterprisePayInfoShape } from '../models/EnterprisePayInfo.ts';
import { type GoodsDetail, GoodsDetailShape } from '../models/GoodsDetail.ts';
import { type TapPayInfo, TapPayInfoShape } from '../models/TapPayInfo.ts';
import { type TradeFundBill, TradeFundBillShape } from '../models/TradeFundBill.ts';
import { type VoucherDetail, VoucherDetailShape } from '../models/VoucherDetail.ts';

/**
 * The request of `alipay.trade.query` (POST /v3/alipay/trade/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradeQueryRequest = { org_pid: '…', out_trade_no: '…' };
 * ```
 */
export interface AlipayTradeQueryRequest {
  org_pid?: string;
  out_trade_no?: string;
  query_options?: string[];
  trade_no?: string;
}

/**
 * The result of `alipay.trade.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeQueryResult {
  additional_status?: string;
  alipay_store_id?: string;
  alipay_sub_merchant_id?: string;
  async_pay_apply_status?: string;
  auth_trade_pay_mode?: string;
  biz_settle_mode?: string;
  bkagent_resp_info?: BkAgentRespInfo;
  body?: string;
  buyer_logon_id?: string;
  buyer_open_id?: string;
  buyer_pay_amount?: string;
  buyer_user_id?: string;
  buyer_user_name?: string;
  buyer_user_type?: string;
  cashier_type?: string;
  charge_amount?: string;
  charge_flags?: string;
  charge_info_list?: ChargeInfo[];
  credit_biz_order_id?: string;
  credit_pay_mode?: string;
  discount_amount?: string;
  discount_goods_detail?: string;
  enterprise_pay_info?: EnterprisePayInfo;
  ext_infos?: string;
  fulfillment_detail_list?: FulfillmentDetail[];
  fund_bill_list?: TradeFundBill[];
  hb_fq_pay_info?: HbFqPayInfo;
  hyb_amount?: string;
  industry_sepc_detail?: string;
  industry_sepc_detail_acc?: string;
  industry_sepc_detail_gov?: string;
  intact_charge_info_list?: IntactChargeInfo[];
  invoice_amount?: string;
  mdiscount_amount?: string;
  medical_insurance_info?: string;
  open_id?: string;
  out_trade_no?: string;
  passback_params?: string;
  pay_amount?: string;
  pay_currency?: string;
  payment_info_with_id_list?: PaymentInfoWithId[];
  period_scene?: string;
  point_amount?: string;
  pre_auth_pay_amount?: string;
  purchase_entity?: string;
  receipt_amount?: string;
  receipt_currency_type?: string;
  req_goods_detail?: GoodsDetail[];
  send_pay_date?: string;
  settle_amount?: string;
  settle_currency?: string;
  settle_trans_rate?: string;
  settlement_id?: string;
  store_id?: string;
  store_name?: string;
  subject?: string;
  tap_pay_info?: TapPayInfo;
  terminal_id?: string;
  total_amount?: string;
  trade_no?: string;
  trade_settle_info?: TradeSettleInfo;
  trade_status?: string;
  trans_currency?: string;
  trans_pay_rate?: string;
  voucher_detail_list?: VoucherDetail[];
}

/**
 * The error codes of `alipay.trade.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeQueryErrorCode = "ACQ.SYSTEM_ERROR";
 * ```
 */
export type AlipayTradeQueryErrorCode = "ACQ.SYSTEM_ERROR" | "ACQ.INVALID_PARAMETER" | "ACQ.TRADE_NOT_EXIST" | "ACQ.ENTERPRISE_PAY_BIZ_ERROR";

/**
 * `FulfillmentDetail`, a model of Alipay's v3 description (in `alipay.trade.query`).
 *
 * @example
 * ```ts
 * const value: FulfillmentDetail = { fulfillment_amount: '…', gmt_payment: '…' };
 * ```
 */
export interface FulfillmentDetail {
  fulfillment_amount?: string;
  gmt_payment?: string;
  out_request_no?: string;
}
const FulfillmentDetailShape = (): object => ({ fulfillment_amount: 0, gmt_payment: 0, out_request_no: 0 });

/**
 * `HbFqPayInfo`, a model of Alipay's v3 description (in `alipay.trade.query`).
 *
 * @example
 * ```ts
 * const value: HbFqPayInfo = { fq_amount: '…', fq_inst_id: '…' };
 * ```
 */
export interface HbFqPayInfo {
  fq_amount?: string;
  fq_inst_id?: string;
  user_install_num?: string;
}
const HbFqPayInfoShape = (): object => ({ fq_amount: 0, fq_inst_id: 0, user_install_num: 0 });

/**
 * `IntactChargeInfo`, a model of Alipay's v3 description (in `alipay.trade.query`).
 *
 * @example
 * ```ts
 * const value: IntactChargeInfo = { actual_amount: '…', bill_type: '…' };
 * ```
 */
export interface IntactChargeInfo {
  actual_amount?: string;
  bill_type?: string;
  gmt_pay?: string;
  is_refund?: boolean;
  out_biz_no?: string;
  plan_amount?: string;
  product_name?: string;
  service_target?: string;
  service_type?: string;
  status?: string;
  target_account_no?: string;
  target_user_id?: string;
}
const IntactChargeInfoShape = (): object => ({ actual_amount: 0, bill_type: 0, gmt_pay: 0, is_refund: 2, out_biz_no: 0, plan_amount: 0, product_name: 0, service_target: 0, service_type: 0, status: 0, target_account_no: 0, target_user_id: 0 });

/**
 * `PaymentInfoWithId`, a model of Alipay's v3 description (in `alipay.trade.query`).
 *
 * @example
 * ```ts
 * const value: PaymentInfoWithId = { type: '…' };
 * ```
 */
export interface PaymentInfoWithId {
  payment_ids?: string[];
  type?: string;
}
const PaymentInfoWithIdShape = (): object => ({ payment_ids: [0], type: 0 });

/**
 * `TradeSettleDetail`, a model of Alipay's v3 description (in `alipay.trade.query`).
 *
 * @example
 * ```ts
 * const value: TradeSettleDetail = { amount: '…', operation_dt: '…' };
 * ```
 */
export interface TradeSettleDetail {
  amount?: string;
  operation_dt?: string;
  operation_serial_no?: string;
  operation_type?: string;
  ori_trans_in?: string;
  ori_trans_out?: string;
  trans_in?: string;
  trans_out?: string;
}
const TradeSettleDetailShape = (): object => ({ amount: 0, operation_dt: 0, operation_serial_no: 0, operation_type: 0, ori_trans_in: 0, ori_trans_out: 0, trans_in: 0, trans_out: 0 });

/**
 * `TradeSettleInfo`, a model of Alipay's v3 description (in `alipay.trade.query`).
 *
 * @example
 * ```ts
 * const value: TradeSettleInfo = { trade_unsettled_amount: '…' };
 * ```
 */
export interface TradeSettleInfo {
  trade_settle_detail_list?: TradeSettleDetail[];
  trade_unsettled_amount?: string;
}
const TradeSettleInfoShape = (): object => ({ trade_settle_detail_list: [TradeSettleDetailShape], trade_unsettled_amount: 0 });

/**
 * `alipay.trade.query`: POST /v3/alipay/trade/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeQuery, { org_pid: '…', out_trade_no: '…' });
 * ```
 */
export const alipayTradeQuery: ApiDefinition<"alipay.trade.query", AlipayTradeQueryRequest, AlipayTradeQueryResult, AlipayTradeQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.query",
  'POST',
  () => ({ org_pid: 0, out_trade_no: 0, query_options: [0], trade_no: 0 }),
  () => ({ additional_status: 0, alipay_store_id: 0, alipay_sub_merchant_id: 0, async_pay_apply_status: 0, auth_trade_pay_mode: 0, biz_settle_mode: 0, bkagent_resp_info: BkAgentRespInfoShape, body: 0, buyer_logon_id: 0, buyer_open_id: 0, buyer_pay_amount: 0, buyer_user_id: 0, buyer_user_name: 0, buyer_user_type: 0, cashier_type: 0, charge_amount: 0, charge_flags: 0, charge_info_list: [ChargeInfoShape], credit_biz_order_id: 0, credit_pay_mode: 0, discount_amount: 0, discount_goods_detail: 0, enterprise_pay_info: EnterprisePayInfoShape, ext_infos: 0, fulfillment_detail_list: [FulfillmentDetailShape], fund_bill_list: [TradeFundBillShape], hb_fq_pay_info: HbFqPayInfoShape, hyb_amount: 0, industry_sepc_detail: 0, industry_sepc_detail_acc: 0, industry_sepc_detail_gov: 0, intact_charge_info_list: [IntactChargeInfoShape], invoice_amount: 0, mdiscount_amount: 0, medical_insurance_info: 0, open_id: 0, out_trade_no: 0, passback_params: 0, pay_amount: 0, pay_currency: 0, payment_info_with_id_list: [PaymentInfoWithIdShape], period_scene: 0, point_amount: 0, pre_auth_pay_amount: 0, purchase_entity: 0, receipt_amount: 0, receipt_currency_type: 0, req_goods_detail: [GoodsDetailShape], send_pay_date: 0, settle_amount: 0, settle_currency: 0, settle_trans_rate: 0, settlement_id: 0, store_id: 0, store_name: 0, subject: 0, tap_pay_info: TapPayInfoShape, terminal_id: 0, total_amount: 0, trade_no: 0, trade_settle_info: TradeSettleInfoShape, trade_status: 0, trans_currency: 0, trans_pay_rate: 0, voucher_detail_list: [VoucherDetailShape] }),
);
