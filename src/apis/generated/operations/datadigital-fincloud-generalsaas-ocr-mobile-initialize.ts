// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `datadigital.fincloud.generalsaas.ocr.mobile.initialize` (POST /v3/datadigital/fincloud/generalsaas/ocr/mobile/initialize: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: DatadigitalFincloudGeneralsaasOcrMobileInitializeRequest = { biz_code: '…', outer_order_no: '…' };
 * ```
 */
export interface DatadigitalFincloudGeneralsaasOcrMobileInitializeRequest {
  biz_code?: string;
  outer_order_no?: string;
}

/**
 * The result of `datadigital.fincloud.generalsaas.ocr.mobile.initialize`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: DatadigitalFincloudGeneralsaasOcrMobileInitializeResult) {
 *   return result;
 * }
 * ```
 */
export interface DatadigitalFincloudGeneralsaasOcrMobileInitializeResult {
  certify_id?: string;
}

/**
 * The error codes of `datadigital.fincloud.generalsaas.ocr.mobile.initialize` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: DatadigitalFincloudGeneralsaasOcrMobileInitializeErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type DatadigitalFincloudGeneralsaasOcrMobileInitializeErrorCode = "SYSTEM_ERROR" | "ILLEGAL_ARGUMENT_FORMAT" | "UNKNOWN_ERROR" | "INVALID_SWITCH" | "ACCOUNT_MONEY_LIMIT_ERROR";

/**
 * `datadigital.fincloud.generalsaas.ocr.mobile.initialize`: POST /v3/datadigital/fincloud/generalsaas/ocr/mobile/initialize over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { datadigitalFincloudGeneralsaasOcrMobileInitialize } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(datadigitalFincloudGeneralsaasOcrMobileInitialize, { biz_code: '…', outer_order_no: '…' });
 * ```
 */
export const datadigitalFincloudGeneralsaasOcrMobileInitialize: ApiDefinition<"datadigital.fincloud.generalsaas.ocr.mobile.initialize", DatadigitalFincloudGeneralsaasOcrMobileInitializeRequest, DatadigitalFincloudGeneralsaasOcrMobileInitializeResult, DatadigitalFincloudGeneralsaasOcrMobileInitializeErrorCode> = /* @__PURE__ */ operation(
  "datadigital.fincloud.generalsaas.ocr.mobile.initialize",
  'POST',
  () => ({ biz_code: 0, outer_order_no: 0 }),
  () => ({ certify_id: 0 }),
);
