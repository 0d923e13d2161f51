// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.enterprisepay.unsign` (POST /v3/alipay/fund/enterprisepay/unsign: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundEnterprisepayUnsignRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayFundEnterprisepayUnsignRequest {
  account_id?: string;
  agreement_no?: string;
  biz_scene?: string;
  product_code?: string;
}

/**
 * The result of `alipay.fund.enterprisepay.unsign`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundEnterprisepayUnsignResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundEnterprisepayUnsignResult {
  unsign_token?: string;
  unsign_url?: string;
}

/**
 * The error codes of `alipay.fund.enterprisepay.unsign` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundEnterprisepayUnsignErrorCode = "ENTERPRISE_ACCOUNT_UNSIGNED";
 * ```
 */
export type AlipayFundEnterprisepayUnsignErrorCode = "ENTERPRISE_ACCOUNT_UNSIGNED" | "AGREEMENT_NOT_EXIST" | "HORIZONTAL_AUTHORITY_EXCEPTION" | "PRODUCT_NOT_SIGN" | "GEN_UNSIGN_TOKEN_FAIL" | "ILLEGAL_ARGUMENT" | "AGREEMENT_ACCOUNT_NOT_MATCH" | "MERCHANT_SYSTEM_FAILURE" | "AGREEMENT_IS_INVALID" | "SYSTEM_ERROR";

/**
 * `alipay.fund.enterprisepay.unsign`: POST /v3/alipay/fund/enterprisepay/unsign over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundEnterprisepayUnsign } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundEnterprisepayUnsign, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayFundEnterprisepayUnsign: ApiDefinition<"alipay.fund.enterprisepay.unsign", AlipayFundEnterprisepayUnsignRequest, AlipayFundEnterprisepayUnsignResult, AlipayFundEnterprisepayUnsignErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.enterprisepay.unsign",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, biz_scene: 0, product_code: 0 }),
  () => ({ unsign_token: 0, unsign_url: 0 }),
);
