// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.invite.order.query` (GET /v3/alipay/open/invite/order/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenInviteOrderQueryRequest = { isv_biz_id: "2017110616474516400082883", alipay_logon_id: "fykevbdz6766@alitest.com" };
 * ```
 */
export interface AlipayOpenInviteOrderQueryRequest {
  /** A query parameter (v3). */
  isv_biz_id?: string;
  /** A query parameter (v3). */
  alipay_logon_id?: string;
}

/**
 * The result of `alipay.open.invite.order.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenInviteOrderQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenInviteOrderQueryResult {
  merchant_pid?: string;
  sign_status_list?: ProductInviteStatusInfo[];
}

/**
 * The error codes of `alipay.open.invite.order.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenInviteOrderQueryErrorCode = "INVALID_PARAMS";
 * ```
 */
export type AlipayOpenInviteOrderQueryErrorCode = "INVALID_PARAMS" | "INVITE_ISV_BIZ_ID_INVALID" | "INVITE_ISV_BIZ_ID_NOT_EXIST" | "MERCHANT_LOGON_ID_NOT_MATCH" | "SYSTEM_ERROR";

/**
 * `ProductInviteStatusInfo`, a model of Alipay's v3 description (in `alipay.open.invite.order.query`).
 *
 * @example
 * ```ts
 * const value: ProductInviteStatusInfo = { product_code: '…', product_name: '…' };
 * ```
 */
export interface ProductInviteStatusInfo {
  product_code?: string;
  product_name?: string;
  status?: string;
}
const ProductInviteStatusInfoShape = (): object => ({ product_code: 0, product_name: 0, status: 0 });

/**
 * `alipay.open.invite.order.query`: GET /v3/alipay/open/invite/order/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenInviteOrderQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenInviteOrderQuery, { isv_biz_id: "2017110616474516400082883", alipay_logon_id: "fykevbdz6766@alitest.com" });
 * ```
 */
export const alipayOpenInviteOrderQuery: ApiDefinition<"alipay.open.invite.order.query", AlipayOpenInviteOrderQueryRequest, AlipayOpenInviteOrderQueryResult, AlipayOpenInviteOrderQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.invite.order.query",
  { verb: 'GET', query: ["isv_biz_id", "alipay_logon_id"] },
  () => ({ isv_biz_id: 0, alipay_logon_id: 0 }),
  () => ({ merchant_pid: 0, sign_status_list: [ProductInviteStatusInfoShape] }),
);
