// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.merchant.indirect.authorder.querystatus` (POST /v3/alipay/merchant/indirect/authorder/querystatus: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMerchantIndirectAuthorderQuerystatusRequest = { order_no: '…', out_biz_no: '…' };
 * ```
 */
export interface AlipayMerchantIndirectAuthorderQuerystatusRequest {
  order_no?: string;
  out_biz_no?: string;
  source?: string;
}

/**
 * The result of `alipay.merchant.indirect.authorder.querystatus`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMerchantIndirectAuthorderQuerystatusResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMerchantIndirectAuthorderQuerystatusResult {
  order_no?: string;
  order_status?: string;
  qr_code?: string;
  verify_list?: IndirectAuthOrderFailedReason[];
}

/**
 * The error codes of `alipay.merchant.indirect.authorder.querystatus` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMerchantIndirectAuthorderQuerystatusErrorCode = "ILLEGAL_PARAMETER";
 * ```
 */
export type AlipayMerchantIndirectAuthorderQuerystatusErrorCode = "ILLEGAL_PARAMETER" | "AUTH_ORDER_NOT_EXIST" | "SYSTEM_ERROR" | "ILLEAGL_PARAMETER";

/**
 * `IndirectAuthOrderFailedReason`, a model of Alipay's v3 description (in `alipay.merchant.indirect.authorder.querystatus`).
 *
 * @example
 * ```ts
 * const value: IndirectAuthOrderFailedReason = { fail_param: '…', fail_reason: '…' };
 * ```
 */
export interface IndirectAuthOrderFailedReason {
  fail_param?: string;
  fail_reason?: string;
}
const IndirectAuthOrderFailedReasonShape = (): object => ({ fail_param: 0, fail_reason: 0 });

/**
 * `alipay.merchant.indirect.authorder.querystatus`: POST /v3/alipay/merchant/indirect/authorder/querystatus over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMerchantIndirectAuthorderQuerystatus } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMerchantIndirectAuthorderQuerystatus, { order_no: '…', out_biz_no: '…' });
 * ```
 */
export const alipayMerchantIndirectAuthorderQuerystatus: ApiDefinition<"alipay.merchant.indirect.authorder.querystatus", AlipayMerchantIndirectAuthorderQuerystatusRequest, AlipayMerchantIndirectAuthorderQuerystatusResult, AlipayMerchantIndirectAuthorderQuerystatusErrorCode> = /* @__PURE__ */ operation(
  "alipay.merchant.indirect.authorder.querystatus",
  'POST',
  () => ({ order_no: 0, out_biz_no: 0, source: 0 }),
  () => ({ order_no: 0, order_status: 0, qr_code: 0, verify_list: [IndirectAuthOrderFailedReasonShape] }),
);
