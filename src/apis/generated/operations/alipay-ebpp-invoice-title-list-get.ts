// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type InvoiceTitleModel, InvoiceTitleModelShape } from '../models/InvoiceTitleModel.ts';

/**
 * The request of `alipay.ebpp.invoice.title.list.get` (GET /v3/alipay/ebpp/invoice/title/list/get: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceTitleListGetRequest = { auth_token: '…', user_id: "2088000000000000" };
 * ```
 */
export interface AlipayEbppInvoiceTitleListGetRequest {
  /** The user's access token: a query parameter (v3), the `auth_token` parameter (v2). */
  auth_token?: string;
  /** A query parameter (v3). */
  user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
}

/**
 * The result of `alipay.ebpp.invoice.title.list.get`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceTitleListGetResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceTitleListGetResult {
  title_list?: InvoiceTitleModel[];
}

/**
 * The error codes of `alipay.ebpp.invoice.title.list.get` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceTitleListGetErrorCode = "TITLE_LIST_NOT_EXIST";
 * ```
 */
export type AlipayEbppInvoiceTitleListGetErrorCode = "TITLE_LIST_NOT_EXIST" | "PARAMETER_ILLEGAL" | "SYSTEM_ERROR";

/**
 * `alipay.ebpp.invoice.title.list.get`: GET /v3/alipay/ebpp/invoice/title/list/get over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceTitleListGet } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceTitleListGet, { auth_token: '…', user_id: "2088000000000000" });
 * ```
 */
export const alipayEbppInvoiceTitleListGet: ApiDefinition<"alipay.ebpp.invoice.title.list.get", AlipayEbppInvoiceTitleListGetRequest, AlipayEbppInvoiceTitleListGetResult, AlipayEbppInvoiceTitleListGetErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.title.list.get",
  { verb: 'GET', query: ["auth_token", "user_id", "open_id"] },
  () => ({ auth_token: 0, user_id: 0, open_id: 0 }),
  () => ({ title_list: [InvoiceTitleModelShape] }),
);
