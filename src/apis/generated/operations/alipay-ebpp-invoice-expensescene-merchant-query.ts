// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.expensescene.merchant.query` (GET /v3/alipay/ebpp/invoice/expensescene/merchant/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceExpensesceneMerchantQueryRequest = { account_id: "2088xxx", agreement_no: "20215713002876184996" };
 * ```
 */
export interface AlipayEbppInvoiceExpensesceneMerchantQueryRequest {
  /** A query parameter (v3). */
  account_id?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  enterprise_id?: string;
  /** A query parameter (v3). */
  role_id?: string;
  /** A query parameter (v3). */
  pid?: string;
  /** A query parameter (v3). */
  shop_id?: string;
  /** A query parameter (v3). */
  expense_type?: string;
  /** A query parameter (v3). */
  page_num?: number;
  /** A query parameter (v3). */
  page_size?: number;
}

/**
 * The result of `alipay.ebpp.invoice.expensescene.merchant.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceExpensesceneMerchantQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceExpensesceneMerchantQueryResult {
  expense_merchant_info_list?: ExpenseMerchantInfo[];
  page_num?: number;
  page_size?: number;
  total_page_count?: number;
}

/**
 * The error codes of `alipay.ebpp.invoice.expensescene.merchant.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceExpensesceneMerchantQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceExpensesceneMerchantQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "PARAMETER_ILLEGAL";

/**
 * `ExpenseMerchantInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.expensescene.merchant.query`).
 *
 * @example
 * ```ts
 * const value: ExpenseMerchantInfo = { merchant_name: '…', pid: '…' };
 * ```
 */
export interface ExpenseMerchantInfo {
  merchant_name?: string;
  pid?: string;
  role_id?: string;
  role_type?: string;
  shop_id?: string;
  shop_name?: string;
}
const ExpenseMerchantInfoShape = (): object => ({ merchant_name: 0, pid: 0, role_id: 0, role_type: 0, shop_id: 0, shop_name: 0 });

/**
 * `alipay.ebpp.invoice.expensescene.merchant.query`: GET /v3/alipay/ebpp/invoice/expensescene/merchant/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceExpensesceneMerchantQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceExpensesceneMerchantQuery, { account_id: "2088xxx", agreement_no: "20215713002876184996" });
 * ```
 */
export const alipayEbppInvoiceExpensesceneMerchantQuery: ApiDefinition<"alipay.ebpp.invoice.expensescene.merchant.query", AlipayEbppInvoiceExpensesceneMerchantQueryRequest, AlipayEbppInvoiceExpensesceneMerchantQueryResult, AlipayEbppInvoiceExpensesceneMerchantQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.expensescene.merchant.query",
  { verb: 'GET', query: ["account_id", "agreement_no", "enterprise_id", "role_id", "pid", "shop_id", "expense_type", "page_num", "page_size"] },
  () => ({ account_id: 0, agreement_no: 0, enterprise_id: 0, role_id: 0, pid: 0, shop_id: 0, expense_type: 0, page_num: 1, page_size: 1 }),
  () => ({ expense_merchant_info_list: [ExpenseMerchantInfoShape], page_num: 1, page_size: 1, total_page_count: 1 }),
);
