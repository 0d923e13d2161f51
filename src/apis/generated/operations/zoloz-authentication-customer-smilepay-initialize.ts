// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zoloz.authentication.customer.smilepay.initialize` (POST /v3/zoloz/authentication/customer/smilepay/initialize: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: ZolozAuthenticationCustomerSmilepayInitializeRequest = { service_id: '…', service_params: '…' };
 * ```
 */
export interface ZolozAuthenticationCustomerSmilepayInitializeRequest {
  service_id?: string;
  service_params?: string;
  zimmetainfo?: string;
}

/**
 * The result of `zoloz.authentication.customer.smilepay.initialize`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZolozAuthenticationCustomerSmilepayInitializeResult) {
 *   return result;
 * }
 * ```
 */
export interface ZolozAuthenticationCustomerSmilepayInitializeResult {
  result?: string;
}

/**
 * The error codes of `zoloz.authentication.customer.smilepay.initialize` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZolozAuthenticationCustomerSmilepayInitializeErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type ZolozAuthenticationCustomerSmilepayInitializeErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "BIZ_ERROR" | "MACHINE_SERVICE_SUSPEND" | "BIZ_ID_REPEAT";

/**
 * `zoloz.authentication.customer.smilepay.initialize`: POST /v3/zoloz/authentication/customer/smilepay/initialize over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zolozAuthenticationCustomerSmilepayInitialize } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zolozAuthenticationCustomerSmilepayInitialize, { service_id: '…', service_params: '…' });
 * ```
 */
export const zolozAuthenticationCustomerSmilepayInitialize: ApiDefinition<"zoloz.authentication.customer.smilepay.initialize", ZolozAuthenticationCustomerSmilepayInitializeRequest, ZolozAuthenticationCustomerSmilepayInitializeResult, ZolozAuthenticationCustomerSmilepayInitializeErrorCode> = /* @__PURE__ */ operation(
  "zoloz.authentication.customer.smilepay.initialize",
  'POST',
  () => ({ service_id: 0, service_params: 0, zimmetainfo: 0 }),
  () => ({ result: 0 }),
);
