// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.credit.pe.zmgo.bizopt.close` (POST /v3/zhima/credit/pe/zmgo/bizopt/close: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: ZhimaCreditPeZmgoBizoptCloseRequest = { alipay_user_id: '…', open_id: '…' };
 * ```
 */
export interface ZhimaCreditPeZmgoBizoptCloseRequest {
  alipay_user_id?: string;
  open_id?: string;
  out_request_no?: string;
  partner_id?: string;
  template_id?: string;
}

/**
 * The result of `zhima.credit.pe.zmgo.bizopt.close`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaCreditPeZmgoBizoptCloseResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaCreditPeZmgoBizoptCloseResult {
  biz_opt_no?: string;
  open_id?: string;
  out_request_no?: string;
  partner_id?: string;
  user_id?: string;
}

/**
 * The error codes of `zhima.credit.pe.zmgo.bizopt.close` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaCreditPeZmgoBizoptCloseErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type ZhimaCreditPeZmgoBizoptCloseErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "BIZ_OPT_STATUS_CHECK_FAILURE" | "BIZ_OPT_NOT_EXIST" | "BIZ_OPT_ERROR" | "ZMGO_BIZ_OPT_NULL" | "BIZ_OPT_UPDATE_FAILURE" | "REQUEST_ACCESS_ILLEGAL";

/**
 * `zhima.credit.pe.zmgo.bizopt.close`: POST /v3/zhima/credit/pe/zmgo/bizopt/close over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaCreditPeZmgoBizoptClose } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaCreditPeZmgoBizoptClose, { alipay_user_id: '…', open_id: '…' });
 * ```
 */
export const zhimaCreditPeZmgoBizoptClose: ApiDefinition<"zhima.credit.pe.zmgo.bizopt.close", ZhimaCreditPeZmgoBizoptCloseRequest, ZhimaCreditPeZmgoBizoptCloseResult, ZhimaCreditPeZmgoBizoptCloseErrorCode> = /* @__PURE__ */ operation(
  "zhima.credit.pe.zmgo.bizopt.close",
  'POST',
  () => ({ alipay_user_id: 0, open_id: 0, out_request_no: 0, partner_id: 0, template_id: 0 }),
  () => ({ biz_opt_no: 0, open_id: 0, out_request_no: 0, partner_id: 0, user_id: 0 }),
);
