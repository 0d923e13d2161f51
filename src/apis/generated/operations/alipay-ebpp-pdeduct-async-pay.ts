// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.pdeduct.async.pay` (POST /v3/alipay/ebpp/pdeduct/async/pay: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppPdeductAsyncPayRequest = { agent_channel: '…', agent_code: '…' };
 * ```
 */
export interface AlipayEbppPdeductAsyncPayRequest {
  agent_channel?: string;
  agent_code?: string;
  agreement_id?: string;
  bill_date?: string;
  bill_key?: string;
  extend_field?: string;
  fine_amount?: string;
  memo?: string;
  open_id?: string;
  out_order_no?: string;
  pay_amount?: string;
  pid?: string;
  user_id?: string;
}

/**
 * The result of `alipay.ebpp.pdeduct.async.pay`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppPdeductAsyncPayResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppPdeductAsyncPayResult {
  agreement_id?: string;
  out_order_no?: string;
  result_status?: string;
}

/**
 * The error codes of `alipay.ebpp.pdeduct.async.pay` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppPdeductAsyncPayErrorCode = "SUBMIT_REQUEST_FAILURE";
 * ```
 */
export type AlipayEbppPdeductAsyncPayErrorCode = "SUBMIT_REQUEST_FAILURE";

/**
 * `alipay.ebpp.pdeduct.async.pay`: POST /v3/alipay/ebpp/pdeduct/async/pay over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppPdeductAsyncPay } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppPdeductAsyncPay, { agent_channel: '…', agent_code: '…' });
 * ```
 */
export const alipayEbppPdeductAsyncPay: ApiDefinition<"alipay.ebpp.pdeduct.async.pay", AlipayEbppPdeductAsyncPayRequest, AlipayEbppPdeductAsyncPayResult, AlipayEbppPdeductAsyncPayErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.pdeduct.async.pay",
  'POST',
  () => ({ agent_channel: 0, agent_code: 0, agreement_id: 0, bill_date: 0, bill_key: 0, extend_field: 0, fine_amount: 0, memo: 0, open_id: 0, out_order_no: 0, pay_amount: 0, pid: 0, user_id: 0 }),
  () => ({ agreement_id: 0, out_order_no: 0, result_status: 0 }),
);
