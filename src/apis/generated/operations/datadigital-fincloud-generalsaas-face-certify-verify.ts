// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `datadigital.fincloud.generalsaas.face.certify.verify` (POST /v3/datadigital/fincloud/generalsaas/face/certify/verify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: DatadigitalFincloudGeneralsaasFaceCertifyVerifyRequest = { certify_id: '…' };
 * ```
 */
export interface DatadigitalFincloudGeneralsaasFaceCertifyVerifyRequest {
  certify_id?: string;
}

/**
 * The result of `datadigital.fincloud.generalsaas.face.certify.verify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: DatadigitalFincloudGeneralsaasFaceCertifyVerifyResult) {
 *   return result;
 * }
 * ```
 */
export interface DatadigitalFincloudGeneralsaasFaceCertifyVerifyResult {
  certify_url?: string;
}

/**
 * The error codes of `datadigital.fincloud.generalsaas.face.certify.verify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: DatadigitalFincloudGeneralsaasFaceCertifyVerifyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type DatadigitalFincloudGeneralsaasFaceCertifyVerifyErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `datadigital.fincloud.generalsaas.face.certify.verify`: POST /v3/datadigital/fincloud/generalsaas/face/certify/verify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { datadigitalFincloudGeneralsaasFaceCertifyVerify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(datadigitalFincloudGeneralsaasFaceCertifyVerify, { certify_id: '…' });
 * ```
 */
export const datadigitalFincloudGeneralsaasFaceCertifyVerify: ApiDefinition<"datadigital.fincloud.generalsaas.face.certify.verify", DatadigitalFincloudGeneralsaasFaceCertifyVerifyRequest, DatadigitalFincloudGeneralsaasFaceCertifyVerifyResult, DatadigitalFincloudGeneralsaasFaceCertifyVerifyErrorCode> = /* @__PURE__ */ operation(
  "datadigital.fincloud.generalsaas.face.certify.verify",
  'POST',
  () => ({ certify_id: 0 }),
  () => ({ certify_url: 0 }),
);
