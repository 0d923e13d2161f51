// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.service.buy` (POST /v3/alipay/iservice/ccm/service/buy: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmServiceBuyRequest = { service_code: '…' };
 * ```
 */
export interface AlipayIserviceCcmServiceBuyRequest {
  service_code?: string;
}

/**
 * The result of `alipay.iservice.ccm.service.buy`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmServiceBuyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmServiceBuyResult {
  service_instance_id?: number;
  tenant_id?: string;
}

/**
 * The error codes of `alipay.iservice.ccm.service.buy` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmServiceBuyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmServiceBuyErrorCode = "INVALID_PARAMETER" | "TENENT_NOT_FOUND" | "APP_NOT_INITIALIAZED" | "SERVICE_NOT_INITIALIAZED";

/**
 * `alipay.iservice.ccm.service.buy`: POST /v3/alipay/iservice/ccm/service/buy over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmServiceBuy } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmServiceBuy, { service_code: '…' });
 * ```
 */
export const alipayIserviceCcmServiceBuy: ApiDefinition<"alipay.iservice.ccm.service.buy", AlipayIserviceCcmServiceBuyRequest, AlipayIserviceCcmServiceBuyResult, AlipayIserviceCcmServiceBuyErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.service.buy",
  'POST',
  () => ({ service_code: 0 }),
  () => ({ service_instance_id: 1, tenant_id: 0 }),
);
