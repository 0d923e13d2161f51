// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.service.close` (POST /v3/alipay/iservice/ccm/service/close: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmServiceCloseRequest = { service_code: '…' };
 * ```
 */
export interface AlipayIserviceCcmServiceCloseRequest {
  service_code?: string;
}

/**
 * The result of `alipay.iservice.ccm.service.close`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmServiceCloseResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayIserviceCcmServiceCloseResult = Record<string, never>;

/**
 * The error codes of `alipay.iservice.ccm.service.close` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmServiceCloseErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmServiceCloseErrorCode = "INVALID_PARAMETER" | "TENENT_NOT_FOUND" | "APP_NOT_INITIALIAZED" | "SERVICE_NOT_INITIALIAZED" | "SERVICE_NOT_OPEN";

/**
 * `alipay.iservice.ccm.service.close`: POST /v3/alipay/iservice/ccm/service/close over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmServiceClose } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmServiceClose, { service_code: '…' });
 * ```
 */
export const alipayIserviceCcmServiceClose: ApiDefinition<"alipay.iservice.ccm.service.close", AlipayIserviceCcmServiceCloseRequest, AlipayIserviceCcmServiceCloseResult, AlipayIserviceCcmServiceCloseErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.service.close",
  'POST',
  () => ({ service_code: 0 }),
  () => ({}),
);
