// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.pdeduct.sign.add` (POST /v3/alipay/ebpp/pdeduct/sign/add: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppPdeductSignAddRequest = { agent_channel: '…', agent_code: '…' };
 * ```
 */
export interface AlipayEbppPdeductSignAddRequest {
  agent_channel?: string;
  agent_code?: string;
  bill_key?: string;
  biz_type?: string;
  charge_inst?: string;
  deduct_prod_code?: string;
  deduct_type?: string;
  ext_user_info?: string;
  extend_field?: string;
  notify_config?: string;
  open_id?: string;
  out_agreement_id?: string;
  owner_name?: string;
  pay_config?: string;
  pay_password_token?: string;
  pid?: string;
  sign_expire_date?: string;
  sub_biz_type?: string;
  user_id?: string;
}

/**
 * The result of `alipay.ebpp.pdeduct.sign.add`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppPdeductSignAddResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppPdeductSignAddResult {
  agreement_id?: string;
  agreement_status?: string;
  extend_field?: string;
  notify_config?: string;
  out_agreement_id?: string;
  pay_config?: string[];
  sign_date?: string;
}

/**
 * The error codes of `alipay.ebpp.pdeduct.sign.add` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppPdeductSignAddErrorCode = "isv.arguments-error";
 * ```
 */
export type AlipayEbppPdeductSignAddErrorCode = "isv.arguments-error" | "isp.unknow-error" | "isv.charge-no-direct-deduct" | "isv.deduct-user-no-auth" | "isv.deduct-paypassword-error" | "isv.deduct-balance-is-not-payment" | "isv.deduct-deplicated-self" | "isv.deduct-sign-no-exist" | "isv.deduct-billkey-sign-exit" | "isv.deduct-no-autherity-by-realnamed" | "isv.deduct-no-autherity-by-q";

/**
 * `alipay.ebpp.pdeduct.sign.add`: POST /v3/alipay/ebpp/pdeduct/sign/add over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppPdeductSignAdd } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppPdeductSignAdd, { agent_channel: '…', agent_code: '…' });
 * ```
 */
export const alipayEbppPdeductSignAdd: ApiDefinition<"alipay.ebpp.pdeduct.sign.add", AlipayEbppPdeductSignAddRequest, AlipayEbppPdeductSignAddResult, AlipayEbppPdeductSignAddErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.pdeduct.sign.add",
  'POST',
  () => ({ agent_channel: 0, agent_code: 0, bill_key: 0, biz_type: 0, charge_inst: 0, deduct_prod_code: 0, deduct_type: 0, ext_user_info: 0, extend_field: 0, notify_config: 0, open_id: 0, out_agreement_id: 0, owner_name: 0, pay_config: 0, pay_password_token: 0, pid: 0, sign_expire_date: 0, sub_biz_type: 0, user_id: 0 }),
  () => ({ agreement_id: 0, agreement_status: 0, extend_field: 0, notify_config: 0, out_agreement_id: 0, pay_config: [0], sign_date: 0 }),
);
