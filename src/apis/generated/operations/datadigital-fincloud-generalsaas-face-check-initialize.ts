// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `datadigital.fincloud.generalsaas.face.check.initialize` (POST /v3/datadigital/fincloud/generalsaas/face/check/initialize: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: DatadigitalFincloudGeneralsaasFaceCheckInitializeRequest = { biz_code: '…', outer_order_no: '…' };
 * ```
 */
export interface DatadigitalFincloudGeneralsaasFaceCheckInitializeRequest {
  biz_code?: string;
  outer_order_no?: string;
}

/**
 * The result of `datadigital.fincloud.generalsaas.face.check.initialize`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: DatadigitalFincloudGeneralsaasFaceCheckInitializeResult) {
 *   return result;
 * }
 * ```
 */
export interface DatadigitalFincloudGeneralsaasFaceCheckInitializeResult {
  certify_id?: string;
  /** @deprecated */
  page_url?: string;
  web_url?: string;
}

/**
 * The error codes of `datadigital.fincloud.generalsaas.face.check.initialize` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: DatadigitalFincloudGeneralsaasFaceCheckInitializeErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type DatadigitalFincloudGeneralsaasFaceCheckInitializeErrorCode = "SYSTEM_ERROR" | "ILLEGAL_ARGUMENT_FORMAT" | "UNKNOWN_ERROR" | "ACCOUNT_MONEY_LIMIT_ERROR" | "INVALID_SWITCH" | "FILE_SIZE_TO_LARGE";

/**
 * `datadigital.fincloud.generalsaas.face.check.initialize`: POST /v3/datadigital/fincloud/generalsaas/face/check/initialize over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { datadigitalFincloudGeneralsaasFaceCheckInitialize } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(datadigitalFincloudGeneralsaasFaceCheckInitialize, { biz_code: '…', outer_order_no: '…' });
 * ```
 */
export const datadigitalFincloudGeneralsaasFaceCheckInitialize: ApiDefinition<"datadigital.fincloud.generalsaas.face.check.initialize", DatadigitalFincloudGeneralsaasFaceCheckInitializeRequest, DatadigitalFincloudGeneralsaasFaceCheckInitializeResult, DatadigitalFincloudGeneralsaasFaceCheckInitializeErrorCode> = /* @__PURE__ */ operation(
  "datadigital.fincloud.generalsaas.face.check.initialize",
  'POST',
  () => ({ biz_code: 0, outer_order_no: 0 }),
  () => ({ certify_id: 0, page_url: 0, web_url: 0 }),
);
