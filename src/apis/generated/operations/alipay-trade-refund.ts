// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type GoodsDetail, GoodsDetailShape } from '../models/GoodsDetail.ts';
import { type OpenApiRoyaltyDetailInfoPojo, OpenApiRoyaltyDetailInfoPojoShape } from '../models/OpenApiRoyaltyDetailInfoPojo.ts';
import { type RefundChargeInfo, RefundChargeInfoShape } from '../models/RefundChargeInfo.ts';
import { type TradeFundBill, TradeFundBillShape } from '../models/TradeFundBill.ts';
import { type VoucherDetail, VoucherDetailShape } from '../models/VoucherDetail.ts';

/**
 * The request of `alipay.trade.refund` (POST /v3/alipay/trade/refund: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradeRefundRequest = { operator_id: '…', org_pid: '…' };
 * ```
 */
export interface AlipayTradeRefundRequest {
  goods_detail?: GoodsDetail[];
  operator_id?: string;
  org_pid?: string;
  out_request_no?: string;
  out_trade_no?: string;
  query_options?: string[];
  refund_advance_account?: string;
  refund_advance_account_type?: string;
  refund_amount?: string;
  refund_currency?: string;
  refund_goods_detail?: RefundGoodsDetail[];
  refund_reason?: string;
  refund_royalty_parameters?: OpenApiRoyaltyDetailInfoPojo[];
  refund_trans_out?: string;
  refund_trans_out_type?: string;
  related_settle_confirm_no?: string;
  store_id?: string;
  terminal_id?: string;
  trade_no?: string;
}

/**
 * The result of `alipay.trade.refund`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeRefundResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeRefundResult {
  buyer_logon_id?: string;
  buyer_open_id?: string;
  buyer_user_id?: string;
  fund_change?: string;
  gmt_refund_pay?: string;
  has_deposit_back?: string;
  open_id?: string;
  out_trade_no?: string;
  pre_auth_cancel_fee?: string;
  present_refund_buyer_amount?: string;
  present_refund_discount_amount?: string;
  present_refund_mdiscount_amount?: string;
  refund_charge_amount?: string;
  refund_charge_info_list?: RefundChargeInfo[];
  refund_currency?: string;
  refund_detail_item_list?: TradeFundBill[];
  refund_fee?: string;
  refund_hyb_amount?: string;
  refund_preset_paytool_list?: PresetPayToolInfo;
  refund_settlement_id?: string;
  refund_voucher_detail_list?: VoucherDetail[];
  send_back_fee?: string;
  store_name?: string;
  trade_no?: string;
}

/**
 * The error codes of `alipay.trade.refund` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeRefundErrorCode = "ACQ.SYSTEM_ERROR";
 * ```
 */
export type AlipayTradeRefundErrorCode = "ACQ.SYSTEM_ERROR" | "ACQ.INVALID_PARAMETER" | "ACQ.SELLER_BALANCE_NOT_ENOUGH" | "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL" | "ACQ.REASON_TRADE_BEEN_FREEZEN" | "ACQ.TRADE_NOT_EXIST" | "ACQ.TRADE_HAS_FINISHED" | "ACQ.TRADE_STATUS_ERROR" | "ACQ.DISCORDANT_REPEAT_REQUEST" | "ACQ.REASON_TRADE_REFUND_FEE_ERR" | "ACQ.TRADE_NOT_ALLOW_REFUND" | "ACQ.REFUND_FEE_ERROR" | "ACQ.TRADE_HAS_CLOSE" | "ACQ.BUYER_NOT_EXIST" | "ACQ.BUYER_ENABLE_STATUS_FORBID" | "ACQ.REASON_TRADE_STATUS_INVALID" | "ACQ.NOT_ALLOW_PARTIAL_REFUND" | "ACQ.ONLINE_TRADE_VOUCHER_NOT_ALLOW_REFUND" | "ACQ.BUYER_ERROR" | "ACQ.CURRENCY_NOT_SUPPORT" | "ACQ.ALLOC_AMOUNT_VALIDATE_ERROR" | "ACQ.USER_NOT_MATCH_ERR" | "ACQ.TRADE_SETTLE_ERROR" | "ACQ.REFUND_CHARGE_ERROR" | "ACQ.ENTERPRISE_PAY_BIZ_ERROR" | "ACQ.OVERDRAFT_ASSIGN_ACCOUNT_INVALID" | "ACQ.OVERDRAFT_AGREEMENT_NOT_MATCH" | "ACQ.REFUND_ACCOUNT_NOT_EXIST" | "ACQ.CUSTOMER_VALIDATE_ERROR" | "ACQ.REFUND_ROYALTY_PAYEE_ACCOUNT_NOT_EXIST" | "ACQ.REFUNDALLOC_UNAUTH_LIMIT";

/**
 * `PresetPayToolInfo`, a model of Alipay's v3 description (in `alipay.trade.refund`).
 *
 * @example
 * ```ts
 * const value: PresetPayToolInfo = { assert_type_code: '…' };
 * ```
 */
export interface PresetPayToolInfo {
  amount?: string[];
  assert_type_code?: string;
}
const PresetPayToolInfoShape = (): object => ({ amount: [0], assert_type_code: 0 });

/**
 * `RefundGoodsDetail`, a model of Alipay's v3 description (in `alipay.trade.refund`).
 *
 * @example
 * ```ts
 * const value: RefundGoodsDetail = { goods_id: '…', out_item_id: '…' };
 * ```
 */
export interface RefundGoodsDetail {
  goods_id?: string;
  out_certificate_no_list?: string[];
  out_item_id?: string;
  out_sku_id?: string;
  refund_amount?: string;
}
const RefundGoodsDetailShape = (): object => ({ goods_id: 0, out_certificate_no_list: [0], out_item_id: 0, out_sku_id: 0, refund_amount: 0 });

/**
 * `alipay.trade.refund`: POST /v3/alipay/trade/refund over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeRefund } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeRefund, { operator_id: '…', org_pid: '…' });
 * ```
 */
export const alipayTradeRefund: ApiDefinition<"alipay.trade.refund", AlipayTradeRefundRequest, AlipayTradeRefundResult, AlipayTradeRefundErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.refund",
  'POST',
  () => ({ goods_detail: [GoodsDetailShape], operator_id: 0, org_pid: 0, out_request_no: 0, out_trade_no: 0, query_options: [0], refund_advance_account: 0, refund_advance_account_type: 0, refund_amount: 0, refund_currency: 0, refund_goods_detail: [RefundGoodsDetailShape], refund_reason: 0, refund_royalty_parameters: [OpenApiRoyaltyDetailInfoPojoShape], refund_trans_out: 0, refund_trans_out_type: 0, related_settle_confirm_no: 0, store_id: 0, terminal_id: 0, trade_no: 0 }),
  () => ({ buyer_logon_id: 0, buyer_open_id: 0, buyer_user_id: 0, fund_change: 0, gmt_refund_pay: 0, has_deposit_back: 0, open_id: 0, out_trade_no: 0, pre_auth_cancel_fee: 0, present_refund_buyer_amount: 0, present_refund_discount_amount: 0, present_refund_mdiscount_amount: 0, refund_charge_amount: 0, refund_charge_info_list: [RefundChargeInfoShape], refund_currency: 0, refund_detail_item_list: [TradeFundBillShape], refund_fee: 0, refund_hyb_amount: 0, refund_preset_paytool_list: PresetPayToolInfoShape, refund_settlement_id: 0, refund_voucher_detail_list: [VoucherDetailShape], send_back_fee: 0, store_name: 0, trade_no: 0 }),
);
