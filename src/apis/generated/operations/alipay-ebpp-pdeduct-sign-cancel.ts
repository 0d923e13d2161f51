// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.pdeduct.sign.cancel` (POST /v3/alipay/ebpp/pdeduct/sign/cancel: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppPdeductSignCancelRequest = { agent_channel: '…', agent_code: '…' };
 * ```
 */
export interface AlipayEbppPdeductSignCancelRequest {
  agent_channel?: string;
  agent_code?: string;
  agreement_id?: string;
  open_id?: string;
  pay_password_token?: string;
  user_id?: string;
}

/**
 * The result of `alipay.ebpp.pdeduct.sign.cancel`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppPdeductSignCancelResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppPdeductSignCancelResult {
  agreement_id?: string;
  agreement_status?: string;
  out_agreement_id?: string;
}

/**
 * The error codes of `alipay.ebpp.pdeduct.sign.cancel` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppPdeductSignCancelErrorCode = "isp.unknow-error";
 * ```
 */
export type AlipayEbppPdeductSignCancelErrorCode = "isp.unknow-error" | "isv.arguments-error" | "isv.sign-info-not-exist" | "isv.cancel-sign-failure" | "DEDUCT_SIGN_INFO_NOT_EXIST" | "QUERY_DEDUCT_SIGN_INFO_ERROR";

/**
 * `alipay.ebpp.pdeduct.sign.cancel`: POST /v3/alipay/ebpp/pdeduct/sign/cancel over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppPdeductSignCancel } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppPdeductSignCancel, { agent_channel: '…', agent_code: '…' });
 * ```
 */
export const alipayEbppPdeductSignCancel: ApiDefinition<"alipay.ebpp.pdeduct.sign.cancel", AlipayEbppPdeductSignCancelRequest, AlipayEbppPdeductSignCancelResult, AlipayEbppPdeductSignCancelErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.pdeduct.sign.cancel",
  'POST',
  () => ({ agent_channel: 0, agent_code: 0, agreement_id: 0, open_id: 0, pay_password_token: 0, user_id: 0 }),
  () => ({ agreement_id: 0, agreement_status: 0, out_agreement_id: 0 }),
);
