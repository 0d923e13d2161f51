// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type InvoiceTitleModel, InvoiceTitleModelShape } from '../models/InvoiceTitleModel.ts';

/**
 * The request of `alipay.ebpp.invoice.title.dynamic.get` (GET /v3/alipay/ebpp/invoice/title/dynamic/get: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceTitleDynamicGetRequest = { bar_code: "82771888" };
 * ```
 */
export interface AlipayEbppInvoiceTitleDynamicGetRequest {
  /** A query parameter (v3). */
  bar_code?: string;
}

/**
 * The result of `alipay.ebpp.invoice.title.dynamic.get`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceTitleDynamicGetResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceTitleDynamicGetResult {
  title?: InvoiceTitleModel;
}

/**
 * The error codes of `alipay.ebpp.invoice.title.dynamic.get` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceTitleDynamicGetErrorCode = "TITLE_NOT_EXIST";
 * ```
 */
export type AlipayEbppInvoiceTitleDynamicGetErrorCode = "TITLE_NOT_EXIST" | "ACCESS_FREQUENCY_TOO_HIGH" | "PARAMETER_ILLEGAL" | "SYSTEM_ERROR" | "BAR_CODE_EXPIRED";

/**
 * `alipay.ebpp.invoice.title.dynamic.get`: GET /v3/alipay/ebpp/invoice/title/dynamic/get over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceTitleDynamicGet } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceTitleDynamicGet, { bar_code: "82771888" });
 * ```
 */
export const alipayEbppInvoiceTitleDynamicGet: ApiDefinition<"alipay.ebpp.invoice.title.dynamic.get", AlipayEbppInvoiceTitleDynamicGetRequest, AlipayEbppInvoiceTitleDynamicGetResult, AlipayEbppInvoiceTitleDynamicGetErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.title.dynamic.get",
  { verb: 'GET', query: ["bar_code"] },
  () => ({ bar_code: 0 }),
  () => ({ title: InvoiceTitleModelShape }),
);
