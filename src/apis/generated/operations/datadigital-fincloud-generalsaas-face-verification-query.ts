// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type OpenCertifyMetaInfo, OpenCertifyMetaInfoShape } from '../models/OpenCertifyMetaInfo.ts';

/**
 * The request of `datadigital.fincloud.generalsaas.face.verification.query` (GET /v3/datadigital/fincloud/generalsaas/face/verification/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: DatadigitalFincloudGeneralsaasFaceVerificationQueryRequest = { certify_id: "adsfasdfasdf", need_alive_photo: "N" };
 * ```
 */
export interface DatadigitalFincloudGeneralsaasFaceVerificationQueryRequest {
  /** A query parameter (v3). */
  certify_id?: string;
  /** A query parameter (v3). */
  need_alive_photo?: string;
}

/**
 * The result of `datadigital.fincloud.generalsaas.face.verification.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: DatadigitalFincloudGeneralsaasFaceVerificationQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface DatadigitalFincloudGeneralsaasFaceVerificationQueryResult {
  alive_photo?: string;
  attack_flag?: string;
  certify_state?: string;
  meta_info?: OpenCertifyMetaInfo;
  quality?: string;
  score?: string;
}

/**
 * The error codes of `datadigital.fincloud.generalsaas.face.verification.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: DatadigitalFincloudGeneralsaasFaceVerificationQueryErrorCode = "UNKNOWN_ERROR";
 * ```
 */
export type DatadigitalFincloudGeneralsaasFaceVerificationQueryErrorCode = "UNKNOWN_ERROR" | "ILLEGAL_ARGUMENT_FORMAT" | "QUERY_INVALID_CERTIFYID" | "QUERY_CERTIFYID_EXPIRED" | "SYSTEM_ERROR" | "ACCOUNT_NOT_AVAILABLE" | "SDK_VERSION_NOT_SUPPORT";

/**
 * `datadigital.fincloud.generalsaas.face.verification.query`: GET /v3/datadigital/fincloud/generalsaas/face/verification/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { datadigitalFincloudGeneralsaasFaceVerificationQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(datadigitalFincloudGeneralsaasFaceVerificationQuery, { certify_id: "adsfasdfasdf", need_alive_photo: "N" });
 * ```
 */
export const datadigitalFincloudGeneralsaasFaceVerificationQuery: ApiDefinition<"datadigital.fincloud.generalsaas.face.verification.query", DatadigitalFincloudGeneralsaasFaceVerificationQueryRequest, DatadigitalFincloudGeneralsaasFaceVerificationQueryResult, DatadigitalFincloudGeneralsaasFaceVerificationQueryErrorCode> = /* @__PURE__ */ operation(
  "datadigital.fincloud.generalsaas.face.verification.query",
  { verb: 'GET', query: ["certify_id", "need_alive_photo"] },
  () => ({ certify_id: 0, need_alive_photo: 0 }),
  () => ({ alive_photo: 0, attack_flag: 0, certify_state: 0, meta_info: OpenCertifyMetaInfoShape, quality: 0, score: 0 }),
);
