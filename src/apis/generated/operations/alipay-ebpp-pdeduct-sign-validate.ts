// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.pdeduct.sign.validate` (POST /v3/alipay/ebpp/pdeduct/sign/validate: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppPdeductSignValidateRequest = { agent_channel: '…', agent_code: '…' };
 * ```
 */
export interface AlipayEbppPdeductSignValidateRequest {
  agent_channel?: string;
  agent_code?: string;
  bill_key?: string;
  biz_type?: string;
  charge_inst?: string;
  deduct_type?: string;
  extend_field?: string;
  notify_config?: string;
  open_id?: string;
  out_agreement_id?: string;
  owner_name?: string;
  pay_config?: string;
  pid?: string;
  sign_expire_date?: string;
  sub_biz_type?: string;
  user_id?: string;
}

/**
 * The result of `alipay.ebpp.pdeduct.sign.validate`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppPdeductSignValidateResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayEbppPdeductSignValidateResult = Record<string, never>;

/**
 * The error codes of `alipay.ebpp.pdeduct.sign.validate` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppPdeductSignValidateErrorCode = "USER_IS_NOT_EXITS";
 * ```
 */
export type AlipayEbppPdeductSignValidateErrorCode = "USER_IS_NOT_EXITS" | "NO_AUTHERITY" | "NO_AUTHERITY_BY_REALNAMED" | "DEDUCT_BALANCE_IS_NOT_PAYMENT" | "DEDUCT_INST_IS_NOT_EXIST" | "DEDUCT_INST_PROD_IS_CLOSED" | "DEDUCT_SIGN_DUPLICATED_SELF" | "DEDUCT_SIGN_DUPLICATED_OTHER" | "DEDUCT_SIGN_CTU_CHECK_FAILED" | "INVALID_CARD_NO" | "UNKNOW_ERROR" | "INVOKE_EBILL_CENTER_EXCEPTION";

/**
 * `alipay.ebpp.pdeduct.sign.validate`: POST /v3/alipay/ebpp/pdeduct/sign/validate over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppPdeductSignValidate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppPdeductSignValidate, { agent_channel: '…', agent_code: '…' });
 * ```
 */
export const alipayEbppPdeductSignValidate: ApiDefinition<"alipay.ebpp.pdeduct.sign.validate", AlipayEbppPdeductSignValidateRequest, AlipayEbppPdeductSignValidateResult, AlipayEbppPdeductSignValidateErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.pdeduct.sign.validate",
  'POST',
  () => ({ agent_channel: 0, agent_code: 0, bill_key: 0, biz_type: 0, charge_inst: 0, deduct_type: 0, extend_field: 0, notify_config: 0, open_id: 0, out_agreement_id: 0, owner_name: 0, pay_config: 0, pid: 0, sign_expire_date: 0, sub_biz_type: 0, user_id: 0 }),
  () => ({}),
);
