// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.trade.customs.declare` (POST /v3/alipay/trade/customs/declare: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradeCustomsDeclareRequest = { amount: '…', customs_place: '…' };
 * ```
 */
export interface AlipayTradeCustomsDeclareRequest {
  amount?: string;
  buyer_info?: CustomsDeclareBuyerInfo;
  customs_place?: string;
  declare_mode?: number;
  deposit_trade_no?: string;
  is_split?: string;
  merchant_customs_code?: string;
  merchant_customs_name?: string;
  merchant_id?: string;
  out_request_no?: string;
  out_trade_no?: string;
  sub_out_biz_no?: string;
  trade_no?: string;
}

/**
 * The result of `alipay.trade.customs.declare`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeCustomsDeclareResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeCustomsDeclareResult {
  alipay_declare_no?: string;
  currency?: string;
  identity_check?: string;
  out_trade_no?: string;
  pay_code?: string;
  pay_transaction_id?: string;
  total_amount?: string;
  trade_no?: string;
  ver_dept?: string;
}

/**
 * The error codes of `alipay.trade.customs.declare` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeCustomsDeclareErrorCode = "TRADE_NOT_EXIST";
 * ```
 */
export type AlipayTradeCustomsDeclareErrorCode = "TRADE_NOT_EXIST" | "TRADE_STATUS_ERROR" | "INVALID_PARAMETER" | "CONTEXT_INCONSISTENT" | "SAME_CUSTOMS_DECLARE_ONCE" | "REQUEST_AMOUNT_EXCEED" | "PARTNER_ERROR" | "PAYER_ENABLE_STATUS_FORBID" | "SYSTEM_ERROR" | "PAYER_BUYER_MISMATCH" | "DEPOSIT_TRADE_NOT_EXIST" | "NOT_SUPPORT_SPLIT" | "PAYER_CERT_INFO_ILLEGAL";

/**
 * `CustomsDeclareBuyerInfo`, a model of Alipay's v3 description (in `alipay.trade.customs.declare`).
 *
 * @example
 * ```ts
 * const value: CustomsDeclareBuyerInfo = { buyer_cert_no: '…', buyer_name: '…' };
 * ```
 */
export interface CustomsDeclareBuyerInfo {
  buyer_cert_no?: string;
  buyer_name?: string;
}
const CustomsDeclareBuyerInfoShape = (): object => ({ buyer_cert_no: 0, buyer_name: 0 });

/**
 * `alipay.trade.customs.declare`: POST /v3/alipay/trade/customs/declare over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeCustomsDeclare } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeCustomsDeclare, { amount: '…', customs_place: '…' });
 * ```
 */
export const alipayTradeCustomsDeclare: ApiDefinition<"alipay.trade.customs.declare", AlipayTradeCustomsDeclareRequest, AlipayTradeCustomsDeclareResult, AlipayTradeCustomsDeclareErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.customs.declare",
  'POST',
  () => ({ amount: 0, buyer_info: CustomsDeclareBuyerInfoShape, customs_place: 0, declare_mode: 1, deposit_trade_no: 0, is_split: 0, merchant_customs_code: 0, merchant_customs_name: 0, merchant_id: 0, out_request_no: 0, out_trade_no: 0, sub_out_biz_no: 0, trade_no: 0 }),
  () => ({ alipay_declare_no: 0, currency: 0, identity_check: 0, out_trade_no: 0, pay_code: 0, pay_transaction_id: 0, total_amount: 0, trade_no: 0, ver_dept: 0 }),
);
