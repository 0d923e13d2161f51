// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.merchant.indirect.authorder.close` (PUT /v3/alipay/merchant/indirect/authorder/close: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMerchantIndirectAuthorderCloseRequest = { order_no: '…', out_biz_no: '…' };
 * ```
 */
export interface AlipayMerchantIndirectAuthorderCloseRequest {
  order_no?: string;
  out_biz_no?: string;
}

/**
 * The result of `alipay.merchant.indirect.authorder.close`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMerchantIndirectAuthorderCloseResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayMerchantIndirectAuthorderCloseResult = Record<string, never>;

/**
 * The error codes of `alipay.merchant.indirect.authorder.close` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMerchantIndirectAuthorderCloseErrorCode = "ILLEGAL_PARAMETER";
 * ```
 */
export type AlipayMerchantIndirectAuthorderCloseErrorCode = "ILLEGAL_PARAMETER" | "AUTH_ORDER_NOT_EXIST" | "DEPEND_FAILURE" | "AUTH_ORDER_CANCEL_ILLEGAL" | "AUTH_ORDER_CANCEL_FAILED" | "ILLEAGL_PARAMETER";

/**
 * `alipay.merchant.indirect.authorder.close`: PUT /v3/alipay/merchant/indirect/authorder/close over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMerchantIndirectAuthorderClose } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMerchantIndirectAuthorderClose, { order_no: '…', out_biz_no: '…' });
 * ```
 */
export const alipayMerchantIndirectAuthorderClose: ApiDefinition<"alipay.merchant.indirect.authorder.close", AlipayMerchantIndirectAuthorderCloseRequest, AlipayMerchantIndirectAuthorderCloseResult, AlipayMerchantIndirectAuthorderCloseErrorCode> = /* @__PURE__ */ operation(
  "alipay.merchant.indirect.authorder.close",
  'PUT',
  () => ({ order_no: 0, out_biz_no: 0 }),
  () => ({}),
);
