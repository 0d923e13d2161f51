// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.pdeduct.pay` (POST /v3/alipay/ebpp/pdeduct/pay: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppPdeductPayRequest = { agent_channel: '…', agent_code: '…' };
 * ```
 */
export interface AlipayEbppPdeductPayRequest {
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
 * The result of `alipay.ebpp.pdeduct.pay`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppPdeductPayResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppPdeductPayResult {
  agreement_id?: string;
  bill_no?: string;
  extend_field?: string;
  out_order_no?: string;
  result_code?: string;
  result_msg?: string;
  result_status?: string;
}

/**
 * The error codes of `alipay.ebpp.pdeduct.pay` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppPdeductPayErrorCode = "AGREEMENT_ID_IS_NULL";
 * ```
 */
export type AlipayEbppPdeductPayErrorCode = "AGREEMENT_ID_IS_NULL" | "AGENT_CHANNEL_IS_NULL" | "BILL_KEY_IS_NULL" | "INST_ORDER_NO_IS_NULL" | "DEDUCT_SIGN_INFO_NOT_EXIST" | "QUERY_DEDUCT_SIGN_INFO_ERROR" | "INVOKE_PAYACCEPTANCE_EXCEPTION";

/**
 * `alipay.ebpp.pdeduct.pay`: POST /v3/alipay/ebpp/pdeduct/pay over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppPdeductPay } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppPdeductPay, { agent_channel: '…', agent_code: '…' });
 * ```
 */
export const alipayEbppPdeductPay: ApiDefinition<"alipay.ebpp.pdeduct.pay", AlipayEbppPdeductPayRequest, AlipayEbppPdeductPayResult, AlipayEbppPdeductPayErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.pdeduct.pay",
  'POST',
  () => ({ agent_channel: 0, agent_code: 0, agreement_id: 0, bill_date: 0, bill_key: 0, extend_field: 0, fine_amount: 0, memo: 0, open_id: 0, out_order_no: 0, pay_amount: 0, pid: 0, user_id: 0 }),
  () => ({ agreement_id: 0, bill_no: 0, extend_field: 0, out_order_no: 0, result_code: 0, result_msg: 0, result_status: 0 }),
);
