// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type OpenCertifyMetaInfo, OpenCertifyMetaInfoShape } from '../models/OpenCertifyMetaInfo.ts';

/**
 * The request of `datadigital.fincloud.generalsaas.face.check.query` (GET /v3/datadigital/fincloud/generalsaas/face/check/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: DatadigitalFincloudGeneralsaasFaceCheckQueryRequest = { certify_id: "dddddfsss88833ssf", need_alive_photo: "Y_M" };
 * ```
 */
export interface DatadigitalFincloudGeneralsaasFaceCheckQueryRequest {
  /** A query parameter (v3). */
  certify_id?: string;
  /** A query parameter (v3). */
  need_alive_photo?: string;
  /** A query parameter (v3). */
  need_score?: string;
  /** A query parameter (v3). */
  need_quality_score?: string;
  /** A query parameter (v3). */
  need_attack_result?: string;
}

/**
 * The result of `datadigital.fincloud.generalsaas.face.check.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: DatadigitalFincloudGeneralsaasFaceCheckQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface DatadigitalFincloudGeneralsaasFaceCheckQueryResult {
  alive_photo?: string;
  attack_flag?: string;
  certify_state?: string;
  meta_info?: OpenCertifyMetaInfo;
  quality?: string;
  score?: string;
}

/**
 * The error codes of `datadigital.fincloud.generalsaas.face.check.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: DatadigitalFincloudGeneralsaasFaceCheckQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type DatadigitalFincloudGeneralsaasFaceCheckQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "QUERY_INVALID_CERTIFYID" | "QUERY_CERTIFYID_EXPIRED";

/**
 * `datadigital.fincloud.generalsaas.face.check.query`: GET /v3/datadigital/fincloud/generalsaas/face/check/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { datadigitalFincloudGeneralsaasFaceCheckQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(datadigitalFincloudGeneralsaasFaceCheckQuery, { certify_id: "dddddfsss88833ssf", need_alive_photo: "Y_M" });
 * ```
 */
export const datadigitalFincloudGeneralsaasFaceCheckQuery: ApiDefinition<"datadigital.fincloud.generalsaas.face.check.query", DatadigitalFincloudGeneralsaasFaceCheckQueryRequest, DatadigitalFincloudGeneralsaasFaceCheckQueryResult, DatadigitalFincloudGeneralsaasFaceCheckQueryErrorCode> = /* @__PURE__ */ operation(
  "datadigital.fincloud.generalsaas.face.check.query",
  { verb: 'GET', query: ["certify_id", "need_alive_photo", "need_score", "need_quality_score", "need_attack_result"] },
  () => ({ certify_id: 0, need_alive_photo: 0, need_score: 0, need_quality_score: 0, need_attack_result: 0 }),
  () => ({ alive_photo: 0, attack_flag: 0, certify_state: 0, meta_info: OpenCertifyMetaInfoShape, quality: 0, score: 0 }),
);
