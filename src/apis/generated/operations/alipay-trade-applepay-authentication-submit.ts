// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.trade.applepay.authentication.submit` (POST /v3/alipay/trade/applepay/authentication/submit: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradeApplepayAuthenticationSubmitRequest = { device_identifier: '…', dpan_identifier: '…' };
 * ```
 */
export interface AlipayTradeApplepayAuthenticationSubmitRequest {
  authentication_results?: AuthenticationResult[];
  device_identifier?: string;
  dpan_identifier?: string;
  transaction_identifier?: string;
}

/**
 * The result of `alipay.trade.applepay.authentication.submit`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeApplepayAuthenticationSubmitResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeApplepayAuthenticationSubmitResult {
  authentication_error?: string;
  fallback_authentication_mechanisms?: string[];
  response_header?: OpenApiResponseHeader;
  retry_authentication_mechanisms?: string[];
  signing_certificate?: string;
  updated_authentication_details?: UpdatedAuthenticationDetails;
  updated_transaction_status?: string;
}

/**
 * The error codes of `alipay.trade.applepay.authentication.submit` from its error model (it lists none): an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * type Codes = AlipayTradeApplepayAuthenticationSubmitErrorCode; // never: none listed
 * ```
 */
export type AlipayTradeApplepayAuthenticationSubmitErrorCode = never;

/**
 * `AuthenticationResult`, a model of Alipay's v3 description (in `alipay.trade.applepay.authentication.submit`).
 *
 * @example
 * ```ts
 * const value: AuthenticationResult = { authentication_data: '…', authentication_mechanism: '…' };
 * ```
 */
export interface AuthenticationResult {
  authentication_data?: string;
  authentication_mechanism?: string;
}
const AuthenticationResultShape = (): object => ({ authentication_data: 0, authentication_mechanism: 0 });

/**
 * `OpenApiResponseHeader`, a model of Alipay's v3 description (in `alipay.trade.applepay.authentication.submit`).
 *
 * @example
 * ```ts
 * const value: OpenApiResponseHeader = { conversation_id: '…', response_id: '…' };
 * ```
 */
export interface OpenApiResponseHeader {
  conversation_id?: string;
  response_id?: string;
  status_code?: string;
  status_message?: string;
  sub_status_code?: string;
}
const OpenApiResponseHeaderShape = (): object => ({ conversation_id: 0, response_id: 0, status_code: 0, status_message: 0, sub_status_code: 0 });

/**
 * `UpdatedAuthenticationDetails`, a model of Alipay's v3 description (in `alipay.trade.applepay.authentication.submit`).
 *
 * @example
 * ```ts
 * const value: UpdatedAuthenticationDetails = { nonce: '…', partial_transaction_details_signature: '…' };
 * ```
 */
export interface UpdatedAuthenticationDetails {
  authentication_mechanisms?: string[];
  nonce?: string;
  partial_transaction_details_signature?: string;
  pin_format?: string;
  signing_key_material?: string;
}
const UpdatedAuthenticationDetailsShape = (): object => ({ authentication_mechanisms: [0], nonce: 0, partial_transaction_details_signature: 0, pin_format: 0, signing_key_material: 0 });

/**
 * `alipay.trade.applepay.authentication.submit`: POST /v3/alipay/trade/applepay/authentication/submit over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeApplepayAuthenticationSubmit } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeApplepayAuthenticationSubmit, { device_identifier: '…', dpan_identifier: '…' });
 * ```
 */
export const alipayTradeApplepayAuthenticationSubmit: ApiDefinition<"alipay.trade.applepay.authentication.submit", AlipayTradeApplepayAuthenticationSubmitRequest, AlipayTradeApplepayAuthenticationSubmitResult, AlipayTradeApplepayAuthenticationSubmitErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.applepay.authentication.submit",
  'POST',
  () => ({ authentication_results: [AuthenticationResultShape], device_identifier: 0, dpan_identifier: 0, transaction_identifier: 0 }),
  () => ({ authentication_error: 0, fallback_authentication_mechanisms: [0], response_header: OpenApiResponseHeaderShape, retry_authentication_mechanisms: [0], signing_certificate: 0, updated_authentication_details: UpdatedAuthenticationDetailsShape, updated_transaction_status: 0 }),
);
