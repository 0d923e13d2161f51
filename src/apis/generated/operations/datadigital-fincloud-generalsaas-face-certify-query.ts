// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `datadigital.fincloud.generalsaas.face.certify.query` (GET /v3/datadigital/fincloud/generalsaas/face/certify/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: DatadigitalFincloudGeneralsaasFaceCertifyQueryRequest = { certify_id: "03cdsfsss20048373" };
 * ```
 */
export interface DatadigitalFincloudGeneralsaasFaceCertifyQueryRequest {
  /** A query parameter (v3). */
  certify_id?: string;
}

/**
 * The result of `datadigital.fincloud.generalsaas.face.certify.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: DatadigitalFincloudGeneralsaasFaceCertifyQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface DatadigitalFincloudGeneralsaasFaceCertifyQueryResult {
  fail_reason?: string;
  identity_info?: string;
  material_info?: string;
  passed?: string;
}

/**
 * The error codes of `datadigital.fincloud.generalsaas.face.certify.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: DatadigitalFincloudGeneralsaasFaceCertifyQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type DatadigitalFincloudGeneralsaasFaceCertifyQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "CERTIFY_ID_EXPIRED" | "OPEN_CERTIFY_BILL_NOT_EXIST" | "OPEN_CERTIFY_BILL_STATUS_ERROR";

/**
 * `datadigital.fincloud.generalsaas.face.certify.query`: GET /v3/datadigital/fincloud/generalsaas/face/certify/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { datadigitalFincloudGeneralsaasFaceCertifyQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(datadigitalFincloudGeneralsaasFaceCertifyQuery, { certify_id: "03cdsfsss20048373" });
 * ```
 */
export const datadigitalFincloudGeneralsaasFaceCertifyQuery: ApiDefinition<"datadigital.fincloud.generalsaas.face.certify.query", DatadigitalFincloudGeneralsaasFaceCertifyQueryRequest, DatadigitalFincloudGeneralsaasFaceCertifyQueryResult, DatadigitalFincloudGeneralsaasFaceCertifyQueryErrorCode> = /* @__PURE__ */ operation(
  "datadigital.fincloud.generalsaas.face.certify.query",
  { verb: 'GET', query: ["certify_id"] },
  () => ({ certify_id: 0 }),
  () => ({ fail_reason: 0, identity_info: 0, material_info: 0, passed: 0 }),
);
