// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type EcOrderItem, EcOrderItemShape } from '../models/EcOrderItem.ts';

/**
 * The request of `alipay.commerce.ec.consume.detail.query` (POST /v3/alipay/commerce/ec/consume/detail/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcConsumeDetailQueryRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayCommerceEcConsumeDetailQueryRequest {
  /** @deprecated */
  account_id?: string;
  /** @deprecated */
  agreement_no?: string;
  enterprise_id?: string;
  pay_no?: string;
  query_options?: string[];
}

/**
 * The result of `alipay.commerce.ec.consume.detail.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcConsumeDetailQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcConsumeDetailQueryResult {
  consume_info?: EcConsumeInfo;
  related_order_info?: EcOrderInfo;
  related_refund_list?: EcConsumeInfo[];
  related_voucher_list?: EcVoucherInfo[];
}

/**
 * The error codes of `alipay.commerce.ec.consume.detail.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcConsumeDetailQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayCommerceEcConsumeDetailQueryErrorCode = "SYSTEM_ERROR" | "PERMISSION_DENIED" | "CONSUME_NOT_EXIST" | "INVALID_PARAMETER";

/**
 * `EcConsumeInfo`, a model of Alipay's v3 description (in `alipay.commerce.ec.consume.detail.query`).
 *
 * @example
 * ```ts
 * const value: EcConsumeInfo = { account_id: '…', agreement_peer_payer_id: '…' };
 * ```
 */
export interface EcConsumeInfo {
  account_id?: string;
  agreement_peer_payer_id?: string;
  benefit_amount?: string;
  biz_out_no?: string;
  category_name?: string;
  consume_amount?: string;
  consume_biz_type?: string;
  consume_category?: string;
  consume_fee_with_discount?: string;
  consume_memo?: string;
  consume_title?: string;
  consume_type?: string;
  employee_id?: string;
  enterprise_id?: string;
  expense_rule_group_id?: string;
  expense_scene_code?: string;
  expense_type?: string;
  expense_type_sub_category?: string;
  ext_infos?: string;
  fund_biz_type?: string;
  gmt_biz_create?: string;
  gmt_receive_pay?: string;
  invoice_open_mode?: string;
  merchant_id?: string;
  merchant_name?: string;
  open_id?: string;
  opposite_full_name?: string;
  order_complete_label?: string;
  order_complete_time?: string;
  pay_no?: string;
  payer_card_no?: string;
  payer_logon_id?: string;
  payer_name?: string;
  peer_pay_amount?: string;
  peer_payer_card_name?: string;
  peer_payer_card_no?: string;
  peer_refund_amount?: string;
  peer_refund_status?: string;
  refund_amount?: string;
  refund_status?: string;
  related_pay_no?: string;
  scene_code?: string;
  seller_id?: string;
  shop_id?: string;
  store_id?: string;
  summary_apply_id?: string;
  user_id?: string;
}
const EcConsumeInfoShape = (): object => ({ account_id: 0, agreement_peer_payer_id: 0, benefit_amount: 0, biz_out_no: 0, category_name: 0, consume_amount: 0, consume_biz_type: 0, consume_category: 0, consume_fee_with_discount: 0, consume_memo: 0, consume_title: 0, consume_type: 0, employee_id: 0, enterprise_id: 0, expense_rule_group_id: 0, expense_scene_code: 0, expense_type: 0, expense_type_sub_category: 0, ext_infos: 0, fund_biz_type: 0, gmt_biz_create: 0, gmt_receive_pay: 0, invoice_open_mode: 0, merchant_id: 0, merchant_name: 0, open_id: 0, opposite_full_name: 0, order_complete_label: 0, order_complete_time: 0, pay_no: 0, payer_card_no: 0, payer_logon_id: 0, payer_name: 0, peer_pay_amount: 0, peer_payer_card_name: 0, peer_payer_card_no: 0, peer_refund_amount: 0, peer_refund_status: 0, refund_amount: 0, refund_status: 0, related_pay_no: 0, scene_code: 0, seller_id: 0, shop_id: 0, store_id: 0, summary_apply_id: 0, user_id: 0 });

/**
 * `EcOrderInfo`, a model of Alipay's v3 description (in `alipay.commerce.ec.consume.detail.query`).
 *
 * @example
 * ```ts
 * const value: EcOrderInfo = {};
 * ```
 */
export interface EcOrderInfo {
  order_info?: EcOrderItem;
  sub_order_list?: EcOrderItem[];
}
const EcOrderInfoShape = (): object => ({ order_info: EcOrderItemShape, sub_order_list: [EcOrderItemShape] });

/**
 * `EcVoucherInfo`, a model of Alipay's v3 description (in `alipay.commerce.ec.consume.detail.query`).
 *
 * @example
 * ```ts
 * const value: EcVoucherInfo = { account_id: '…', employee_id: '…' };
 * ```
 */
export interface EcVoucherInfo {
  account_id?: string;
  employee_id?: string;
  enterprise_id?: string;
  invoice_compliance_check_result?: InvoiceComplianceCheckResult;
  open_id?: string;
  user_id?: string;
  voucher_content?: string;
  voucher_date?: string;
  voucher_id?: string;
  voucher_source?: string;
  voucher_type?: string;
}
const EcVoucherInfoShape = (): object => ({ account_id: 0, employee_id: 0, enterprise_id: 0, invoice_compliance_check_result: InvoiceComplianceCheckResultShape, open_id: 0, user_id: 0, voucher_content: 0, voucher_date: 0, voucher_id: 0, voucher_source: 0, voucher_type: 0 });

/**
 * `InvoiceComplianceCheckResult`, a model of Alipay's v3 description (in `alipay.commerce.ec.consume.detail.query`).
 *
 * @example
 * ```ts
 * const value: InvoiceComplianceCheckResult = { match_result_type: '…' };
 * ```
 */
export interface InvoiceComplianceCheckResult {
  match_result_type?: string;
}
const InvoiceComplianceCheckResultShape = (): object => ({ match_result_type: 0 });

/**
 * `alipay.commerce.ec.consume.detail.query`: POST /v3/alipay/commerce/ec/consume/detail/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcConsumeDetailQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcConsumeDetailQuery, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayCommerceEcConsumeDetailQuery: ApiDefinition<"alipay.commerce.ec.consume.detail.query", AlipayCommerceEcConsumeDetailQueryRequest, AlipayCommerceEcConsumeDetailQueryResult, AlipayCommerceEcConsumeDetailQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.consume.detail.query",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, enterprise_id: 0, pay_no: 0, query_options: [0] }),
  () => ({ consume_info: EcConsumeInfoShape, related_order_info: EcOrderInfoShape, related_refund_list: [EcConsumeInfoShape], related_voucher_list: [EcVoucherInfoShape] }),
);
