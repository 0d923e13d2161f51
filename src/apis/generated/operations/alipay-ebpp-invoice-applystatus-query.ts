// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.applystatus.query` (POST /v3/alipay/ebpp/invoice/applystatus/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceApplystatusQueryRequest = { m_short_name: '…', sub_m_short_name: '…' };
 * ```
 */
export interface AlipayEbppInvoiceApplystatusQueryRequest {
  m_short_name?: string;
  order_no_list?: string[];
  sub_m_short_name?: string;
}

/**
 * The result of `alipay.ebpp.invoice.applystatus.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceApplystatusQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceApplystatusQueryResult {
  apply_status_brief_dtos?: OrderApplyStatusBriefDTO[];
}

/**
 * The error codes of `alipay.ebpp.invoice.applystatus.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceApplystatusQueryErrorCode = "BIZ_ERROR";
 * ```
 */
export type AlipayEbppInvoiceApplystatusQueryErrorCode = "BIZ_ERROR";

/**
 * `OrderApplyStatusBriefDTO`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.applystatus.query`).
 *
 * @example
 * ```ts
 * const value: OrderApplyStatusBriefDTO = { apply_status: '…', order_no: '…' };
 * ```
 */
export interface OrderApplyStatusBriefDTO {
  apply_status?: string;
  order_no?: string;
}
const OrderApplyStatusBriefDTOShape = (): object => ({ apply_status: 0, order_no: 0 });

/**
 * `alipay.ebpp.invoice.applystatus.query`: POST /v3/alipay/ebpp/invoice/applystatus/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceApplystatusQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceApplystatusQuery, { m_short_name: '…', sub_m_short_name: '…' });
 * ```
 */
export const alipayEbppInvoiceApplystatusQuery: ApiDefinition<"alipay.ebpp.invoice.applystatus.query", AlipayEbppInvoiceApplystatusQueryRequest, AlipayEbppInvoiceApplystatusQueryResult, AlipayEbppInvoiceApplystatusQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.applystatus.query",
  'POST',
  () => ({ m_short_name: 0, order_no_list: [0], sub_m_short_name: 0 }),
  () => ({ apply_status_brief_dtos: [OrderApplyStatusBriefDTOShape] }),
);
