// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.expensecontrol.aggregation.create` (POST /v3/alipay/ebpp/invoice/expensecontrol/aggregation/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceExpensecontrolAggregationCreateRequest = { account_id: '…', aggregation_name: '…' };
 * ```
 */
export interface AlipayEbppInvoiceExpensecontrolAggregationCreateRequest {
  account_id?: string;
  aggregation_name?: string;
  agreement_no?: string;
  standard_id_list?: string[];
}

/**
 * The result of `alipay.ebpp.invoice.expensecontrol.aggregation.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceExpensecontrolAggregationCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceExpensecontrolAggregationCreateResult {
  aggregation_id?: string;
}

/**
 * The error codes of `alipay.ebpp.invoice.expensecontrol.aggregation.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceExpensecontrolAggregationCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceExpensecontrolAggregationCreateErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED";

/**
 * `alipay.ebpp.invoice.expensecontrol.aggregation.create`: POST /v3/alipay/ebpp/invoice/expensecontrol/aggregation/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceExpensecontrolAggregationCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceExpensecontrolAggregationCreate, { account_id: '…', aggregation_name: '…' });
 * ```
 */
export const alipayEbppInvoiceExpensecontrolAggregationCreate: ApiDefinition<"alipay.ebpp.invoice.expensecontrol.aggregation.create", AlipayEbppInvoiceExpensecontrolAggregationCreateRequest, AlipayEbppInvoiceExpensecontrolAggregationCreateResult, AlipayEbppInvoiceExpensecontrolAggregationCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.expensecontrol.aggregation.create",
  'POST',
  () => ({ account_id: 0, aggregation_name: 0, agreement_no: 0, standard_id_list: [0] }),
  () => ({ aggregation_id: 0 }),
);
