// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.security.risk.customerrisk.send` (POST /v3/alipay/security/risk/customerrisk/send: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipaySecurityRiskCustomerriskSendRequest = { bank_card_no: '…', business_license_no: '…' };
 * ```
 */
export interface AlipaySecurityRiskCustomerriskSendRequest {
  bank_card_no?: string;
  business_license_no?: string;
  cert_no?: string;
  email_address?: string;
  external_id?: string;
  merch_name?: string;
  mobile?: string;
  mobile_ip?: string;
  order_ip?: string;
  pid?: string;
  plat_account?: string;
  process_code?: string;
  smid?: string;
  trade_no?: string;
}

/**
 * The result of `alipay.security.risk.customerrisk.send`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipaySecurityRiskCustomerriskSendResult) {
 *   return result;
 * }
 * ```
 */
export type AlipaySecurityRiskCustomerriskSendResult = Record<string, never>;

/**
 * The error codes of `alipay.security.risk.customerrisk.send` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipaySecurityRiskCustomerriskSendErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipaySecurityRiskCustomerriskSendErrorCode = "INVALID_PARAMETER" | "SYSTEM_TIMEOUT_ERROR";

/**
 * `alipay.security.risk.customerrisk.send`: POST /v3/alipay/security/risk/customerrisk/send over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipaySecurityRiskCustomerriskSend } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipaySecurityRiskCustomerriskSend, { bank_card_no: '…', business_license_no: '…' });
 * ```
 */
export const alipaySecurityRiskCustomerriskSend: ApiDefinition<"alipay.security.risk.customerrisk.send", AlipaySecurityRiskCustomerriskSendRequest, AlipaySecurityRiskCustomerriskSendResult, AlipaySecurityRiskCustomerriskSendErrorCode> = /* @__PURE__ */ operation(
  "alipay.security.risk.customerrisk.send",
  'POST',
  () => ({ bank_card_no: 0, business_license_no: 0, cert_no: 0, email_address: 0, external_id: 0, merch_name: 0, mobile: 0, mobile_ip: 0, order_ip: 0, pid: 0, plat_account: 0, process_code: 0, smid: 0, trade_no: 0 }),
  () => ({}),
);
