// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `datadigital.fincloud.generalsaas.face.verification.initialize` (POST /v3/datadigital/fincloud/generalsaas/face/verification/initialize: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: DatadigitalFincloudGeneralsaasFaceVerificationInitializeRequest = { biz_code: '…', cert_name: '…' };
 * ```
 */
export interface DatadigitalFincloudGeneralsaasFaceVerificationInitializeRequest {
  biz_code?: string;
  cert_name?: string;
  cert_no?: string;
  cert_type?: string;
  face_reserve_strategy?: string;
  identity_type?: string;
  nation?: string;
  outer_order_no?: string;
  phone_no?: string;
}

/**
 * The result of `datadigital.fincloud.generalsaas.face.verification.initialize`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: DatadigitalFincloudGeneralsaasFaceVerificationInitializeResult) {
 *   return result;
 * }
 * ```
 */
export interface DatadigitalFincloudGeneralsaasFaceVerificationInitializeResult {
  certify_id?: string;
  /** @deprecated */
  page_url?: string;
  web_url?: string;
}

/**
 * The error codes of `datadigital.fincloud.generalsaas.face.verification.initialize` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: DatadigitalFincloudGeneralsaasFaceVerificationInitializeErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type DatadigitalFincloudGeneralsaasFaceVerificationInitializeErrorCode = "SYSTEM_ERROR" | "ILLEGAL_ARGUMENT_FORMAT" | "UNKNOWN_ERROR" | "INVALID_SWITCH" | "INVALID_CERT_INFO" | "INVALID_INPUT_IMAGE" | "OVER_RATE_LIMIT" | "ACCOUNT_MONEY_LIMIT_ERROR";

/**
 * `datadigital.fincloud.generalsaas.face.verification.initialize`: POST /v3/datadigital/fincloud/generalsaas/face/verification/initialize over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { datadigitalFincloudGeneralsaasFaceVerificationInitialize } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(datadigitalFincloudGeneralsaasFaceVerificationInitialize, { biz_code: '…', cert_name: '…' });
 * ```
 */
export const datadigitalFincloudGeneralsaasFaceVerificationInitialize: ApiDefinition<"datadigital.fincloud.generalsaas.face.verification.initialize", DatadigitalFincloudGeneralsaasFaceVerificationInitializeRequest, DatadigitalFincloudGeneralsaasFaceVerificationInitializeResult, DatadigitalFincloudGeneralsaasFaceVerificationInitializeErrorCode> = /* @__PURE__ */ operation(
  "datadigital.fincloud.generalsaas.face.verification.initialize",
  'POST',
  () => ({ biz_code: 0, cert_name: 0, cert_no: 0, cert_type: 0, face_reserve_strategy: 0, identity_type: 0, nation: 0, outer_order_no: 0, phone_no: 0 }),
  () => ({ certify_id: 0, page_url: 0, web_url: 0 }),
);
