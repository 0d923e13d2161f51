// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.enterprisepay.sign` (POST /v3/alipay/fund/enterprisepay/sign: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundEnterprisepaySignRequest = { account_name: '…', appoint_sign_terminal: '…' };
 * ```
 */
export interface AlipayFundEnterprisepaySignRequest {
  account_name?: string;
  appoint_sign_terminal?: string;
  biz_scene?: string;
  ext_params?: string;
  identity?: string;
  identity_name?: string;
  identity_type?: string;
  out_biz_no?: string;
  out_entity_id?: string;
  out_source?: string;
  product_code?: string;
}

/**
 * The result of `alipay.fund.enterprisepay.sign`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundEnterprisepaySignResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundEnterprisepaySignResult {
  sign_token?: string;
  sign_url?: string;
}

/**
 * The error codes of `alipay.fund.enterprisepay.sign` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundEnterprisepaySignErrorCode = "PRODUCT_NOT_SIGN";
 * ```
 */
export type AlipayFundEnterprisepaySignErrorCode = "PRODUCT_NOT_SIGN" | "ILLEGAL_ARGUMENT" | "INVALID_ACCOUNT_OUT_SOURCE" | "PARAM_NAME_NOT_BLANK" | "ACCOUNT_OUTBIZNO_EXIST" | "AGREEMENT_NOT_EXIST" | "HORIZONTAL_AUTHORITY_EXCEPTION" | "GEN_SIGN_TOKEN_FAIL" | "MERCHANT_SYSTEM_FAILURE" | "SYSTEM_ERROR" | "MERCHANT_CARD_NOT_EXISTS" | "NEED_TO_SET_PPW" | "USER_UNREAL_NAME" | "USER_STATUS_ERROR";

/**
 * `alipay.fund.enterprisepay.sign`: POST /v3/alipay/fund/enterprisepay/sign over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundEnterprisepaySign } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundEnterprisepaySign, { account_name: '…', appoint_sign_terminal: '…' });
 * ```
 */
export const alipayFundEnterprisepaySign: ApiDefinition<"alipay.fund.enterprisepay.sign", AlipayFundEnterprisepaySignRequest, AlipayFundEnterprisepaySignResult, AlipayFundEnterprisepaySignErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.enterprisepay.sign",
  'POST',
  () => ({ account_name: 0, appoint_sign_terminal: 0, biz_scene: 0, ext_params: 0, identity: 0, identity_name: 0, identity_type: 0, out_biz_no: 0, out_entity_id: 0, out_source: 0, product_code: 0 }),
  () => ({ sign_token: 0, sign_url: 0 }),
);
