// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type UserDetails, UserDetailsShape } from '../models/UserDetails.ts';

/**
 * The request of `alipay.eco.edu.kt.billing.send` (POST /v3/alipay/eco/edu/kt/billing/send: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEcoEduKtBillingSendRequest = { amount: '…', charge_bill_title: '…' };
 * ```
 */
export interface AlipayEcoEduKtBillingSendRequest {
  amount?: string;
  charge_bill_title?: string;
  charge_item?: ChargeItems[];
  charge_type?: string;
  child_name?: string;
  class_in?: string;
  end_enable?: string;
  ext_info?: BillSendExtInfo;
  gmt_end?: string;
  grade?: string;
  out_trade_no?: string;
  partner_id?: string;
  school_no?: string;
  school_pid?: string;
  student_code?: string;
  student_identify?: string;
  users?: UserDetails[];
}

/**
 * The result of `alipay.eco.edu.kt.billing.send`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoEduKtBillingSendResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEcoEduKtBillingSendResult {
  order_no?: string;
}

/**
 * The error codes of `alipay.eco.edu.kt.billing.send` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoEduKtBillingSendErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEcoEduKtBillingSendErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "BIZ_ERROR" | "ILLEGAL_PARAM" | "EDU_ORDER_SCHOOL_NAME_WAIT_CORRECT" | "EDU_ISV_NOT_EXIST" | "EDU_ISV_SCHOOL_NOT_EXIST" | "SCHOOL_NOT_ALLOW_ORDER" | "SCHOOL_NOT_EXIST";

/**
 * `BillSendExtInfo`, a model of Alipay's v3 description (in `alipay.eco.edu.kt.billing.send`).
 *
 * @example
 * ```ts
 * const value: BillSendExtInfo = { ext_school_id: '…', order_pay_type: '…' };
 * ```
 */
export interface BillSendExtInfo {
  ext_school_id?: string;
  order_pay_type?: string;
  royalty_amount?: string;
  school_name?: string;
  trans_in_pid?: string;
}
const BillSendExtInfoShape = (): object => ({ ext_school_id: 0, order_pay_type: 0, royalty_amount: 0, school_name: 0, trans_in_pid: 0 });

/**
 * `ChargeItems`, a model of Alipay's v3 description (in `alipay.eco.edu.kt.billing.send`).
 *
 * @example
 * ```ts
 * const value: ChargeItems = { item_mandatory: '…', item_maximum: 1 };
 * ```
 */
export interface ChargeItems {
  item_mandatory?: string;
  item_maximum?: number;
  item_name?: string;
  item_price?: string;
  item_serial_number?: number;
}
const ChargeItemsShape = (): object => ({ item_mandatory: 0, item_maximum: 1, item_name: 0, item_price: 0, item_serial_number: 1 });

/**
 * `alipay.eco.edu.kt.billing.send`: POST /v3/alipay/eco/edu/kt/billing/send over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoEduKtBillingSend } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoEduKtBillingSend, { amount: '…', charge_bill_title: '…' });
 * ```
 */
export const alipayEcoEduKtBillingSend: ApiDefinition<"alipay.eco.edu.kt.billing.send", AlipayEcoEduKtBillingSendRequest, AlipayEcoEduKtBillingSendResult, AlipayEcoEduKtBillingSendErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.edu.kt.billing.send",
  'POST',
  () => ({ amount: 0, charge_bill_title: 0, charge_item: [ChargeItemsShape], charge_type: 0, child_name: 0, class_in: 0, end_enable: 0, ext_info: BillSendExtInfoShape, gmt_end: 0, grade: 0, out_trade_no: 0, partner_id: 0, school_no: 0, school_pid: 0, student_code: 0, student_identify: 0, users: [UserDetailsShape] }),
  () => ({ order_no: 0 }),
);
