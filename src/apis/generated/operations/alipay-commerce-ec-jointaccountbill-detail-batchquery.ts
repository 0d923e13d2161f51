// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.jointaccountbill.detail.batchquery` (GET /v3/alipay/commerce/ec/jointaccountbill/detail/batchquery: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcJointaccountbillDetailBatchqueryRequest = { enterprise_id: "2088123456789000", biz_scene: "ISV_DEFAULT" };
 * ```
 */
export interface AlipayCommerceEcJointaccountbillDetailBatchqueryRequest {
  /** A query parameter (v3). */
  enterprise_id?: string;
  /** A query parameter (v3). */
  biz_scene?: string;
  /** A query parameter (v3). */
  user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
  /** A query parameter (v3). */
  employee_id?: string;
  /** A query parameter (v3). */
  page_num?: string;
  /** A query parameter (v3). */
  page_size?: string;
  /** A query parameter (v3). */
  start_date?: string;
  /** A query parameter (v3). */
  end_date?: string;
}

/**
 * The result of `alipay.commerce.ec.jointaccountbill.detail.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcJointaccountbillDetailBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcJointaccountbillDetailBatchqueryResult {
  bill_list?: JointAccountBillDetail[];
  biz_scene?: string;
  enterprise_id?: string;
  has_next_page?: boolean;
  page_num?: string;
  page_size?: string;
}

/**
 * The error codes of `alipay.commerce.ec.jointaccountbill.detail.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcJointaccountbillDetailBatchqueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayCommerceEcJointaccountbillDetailBatchqueryErrorCode = "SYSTEM_ERROR" | "PERMISSION_DENIED" | "INVALID_PARAMETER" | "EMPLOYEE_INFO_ERROR";

/**
 * `JointAccountBillDetail`, a model of Alipay's v3 description (in `alipay.commerce.ec.jointaccountbill.detail.batchquery`).
 *
 * @example
 * ```ts
 * const value: JointAccountBillDetail = { amount: '…', bill_no: '…' };
 * ```
 */
export interface JointAccountBillDetail {
  amount?: string;
  bill_no?: string;
  biz_date?: string;
  biz_no?: string;
  biz_out_no?: string;
  enterprise_id?: string;
  in_out?: string;
  open_id?: string;
  title?: string;
  user_id?: string;
}
const JointAccountBillDetailShape = (): object => ({ amount: 0, bill_no: 0, biz_date: 0, biz_no: 0, biz_out_no: 0, enterprise_id: 0, in_out: 0, open_id: 0, title: 0, user_id: 0 });

/**
 * `alipay.commerce.ec.jointaccountbill.detail.batchquery`: GET /v3/alipay/commerce/ec/jointaccountbill/detail/batchquery over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcJointaccountbillDetailBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcJointaccountbillDetailBatchquery, { enterprise_id: "2088123456789000", biz_scene: "ISV_DEFAULT" });
 * ```
 */
export const alipayCommerceEcJointaccountbillDetailBatchquery: ApiDefinition<"alipay.commerce.ec.jointaccountbill.detail.batchquery", AlipayCommerceEcJointaccountbillDetailBatchqueryRequest, AlipayCommerceEcJointaccountbillDetailBatchqueryResult, AlipayCommerceEcJointaccountbillDetailBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.jointaccountbill.detail.batchquery",
  { verb: 'GET', query: ["enterprise_id", "biz_scene", "user_id", "open_id", "employee_id", "page_num", "page_size", "start_date", "end_date"] },
  () => ({ enterprise_id: 0, biz_scene: 0, user_id: 0, open_id: 0, employee_id: 0, page_num: 0, page_size: 0, start_date: 0, end_date: 0 }),
  () => ({ bill_list: [JointAccountBillDetailShape], biz_scene: 0, enterprise_id: 0, has_next_page: 2, page_num: 0, page_size: 0 }),
);
