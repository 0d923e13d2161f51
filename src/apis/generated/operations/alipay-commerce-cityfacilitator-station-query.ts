// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.cityfacilitator.station.query` (GET /v3/alipay/commerce/cityfacilitator/station/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceCityfacilitatorStationQueryRequest = { city_code: "440300" };
 * ```
 */
export interface AlipayCommerceCityfacilitatorStationQueryRequest {
  /** A query parameter (v3). */
  city_code?: string;
}

/**
 * The result of `alipay.commerce.cityfacilitator.station.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceCityfacilitatorStationQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceCityfacilitatorStationQueryResult {
  support_starts?: StationDetailInfo[];
}

/**
 * The error codes of `alipay.commerce.cityfacilitator.station.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceCityfacilitatorStationQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayCommerceCityfacilitatorStationQueryErrorCode = "SYSTEM_ERROR" | "ILLEGAL_BIZ_PARAMS" | "NO_RIGHT";

/**
 * `StationDetailInfo`, a model of Alipay's v3 description (in `alipay.commerce.cityfacilitator.station.query`).
 *
 * @example
 * ```ts
 * const value: StationDetailInfo = { code: '…', ext_code: '…' };
 * ```
 */
export interface StationDetailInfo {
  code?: string;
  ext_code?: string;
  name?: string;
}
const StationDetailInfoShape = (): object => ({ code: 0, ext_code: 0, name: 0 });

/**
 * `alipay.commerce.cityfacilitator.station.query`: GET /v3/alipay/commerce/cityfacilitator/station/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceCityfacilitatorStationQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceCityfacilitatorStationQuery, { city_code: "440300" });
 * ```
 */
export const alipayCommerceCityfacilitatorStationQuery: ApiDefinition<"alipay.commerce.cityfacilitator.station.query", AlipayCommerceCityfacilitatorStationQueryRequest, AlipayCommerceCityfacilitatorStationQueryResult, AlipayCommerceCityfacilitatorStationQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.cityfacilitator.station.query",
  { verb: 'GET', query: ["city_code"] },
  () => ({ city_code: 0 }),
  () => ({ support_starts: [StationDetailInfoShape] }),
);
