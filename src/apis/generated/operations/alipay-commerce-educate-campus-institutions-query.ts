// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.educate.campus.institutions.query` (GET /v3/alipay/commerce/educate/campus/institutions/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEducateCampusInstitutionsQueryRequest = { inst_name: "复旦大学", province_code: "370000" };
 * ```
 */
export interface AlipayCommerceEducateCampusInstitutionsQueryRequest {
  /** A query parameter (v3). */
  inst_name?: string;
  /** A query parameter (v3). */
  province_code?: string;
  /** A query parameter (v3). */
  city_code?: string;
  /** A query parameter (v3). */
  inst_id?: string;
  /** A query parameter (v3). */
  inst_std_code?: string;
  /** A query parameter (v3). */
  like_property?: string;
}

/**
 * The result of `alipay.commerce.educate.campus.institutions.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEducateCampusInstitutionsQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEducateCampusInstitutionsQueryResult {
  school_info?: SchoolSimpleInfo;
  school_info_list?: SchoolBaseInfo[];
}

/**
 * The error codes of `alipay.commerce.educate.campus.institutions.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEducateCampusInstitutionsQueryErrorCode = "QUERY_TOO_FREQUENCY";
 * ```
 */
export type AlipayCommerceEducateCampusInstitutionsQueryErrorCode = "QUERY_TOO_FREQUENCY" | "ILLEGAL_PARAM" | "SYSTEM_ERROR";

/**
 * `CampusInfo`, a model of Alipay's v3 description (in `alipay.commerce.educate.campus.institutions.query`).
 *
 * @example
 * ```ts
 * const value: CampusInfo = { address: '…', campus_id: '…' };
 * ```
 */
export interface CampusInfo {
  address?: string;
  campus_id?: string;
  campus_name?: string;
  inst_name?: string;
}
const CampusInfoShape = (): object => ({ address: 0, campus_id: 0, campus_name: 0, inst_name: 0 });

/**
 * `SchoolBaseInfo`, a model of Alipay's v3 description (in `alipay.commerce.educate.campus.institutions.query`).
 *
 * @example
 * ```ts
 * const value: SchoolBaseInfo = { city_code: '…', inst_id: '…' };
 * ```
 */
export interface SchoolBaseInfo {
  campus_info?: CampusInfo[];
  city_code?: string;
  inst_id?: string;
  inst_name?: string;
  inst_std_code?: string;
  province_code?: string;
}
const SchoolBaseInfoShape = (): object => ({ campus_info: [CampusInfoShape], city_code: 0, inst_id: 0, inst_name: 0, inst_std_code: 0, province_code: 0 });

/**
 * `SchoolSimpleInfo`, a model of Alipay's v3 description (in `alipay.commerce.educate.campus.institutions.query`).
 *
 * @example
 * ```ts
 * const value: SchoolSimpleInfo = { city_code: '…', inst_id: '…' };
 * ```
 */
export interface SchoolSimpleInfo {
  campus_info?: CampusInfo;
  city_code?: string;
  inst_id?: string;
  inst_name?: string;
  inst_std_code?: string;
  province_code?: string;
}
const SchoolSimpleInfoShape = (): object => ({ campus_info: CampusInfoShape, city_code: 0, inst_id: 0, inst_name: 0, inst_std_code: 0, province_code: 0 });

/**
 * `alipay.commerce.educate.campus.institutions.query`: GET /v3/alipay/commerce/educate/campus/institutions/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEducateCampusInstitutionsQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEducateCampusInstitutionsQuery, { inst_name: "复旦大学", province_code: "370000" });
 * ```
 */
export const alipayCommerceEducateCampusInstitutionsQuery: ApiDefinition<"alipay.commerce.educate.campus.institutions.query", AlipayCommerceEducateCampusInstitutionsQueryRequest, AlipayCommerceEducateCampusInstitutionsQueryResult, AlipayCommerceEducateCampusInstitutionsQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.educate.campus.institutions.query",
  { verb: 'GET', query: ["inst_name", "province_code", "city_code", "inst_id", "inst_std_code", "like_property"] },
  () => ({ inst_name: 0, province_code: 0, city_code: 0, inst_id: 0, inst_std_code: 0, like_property: 0 }),
  () => ({ school_info: SchoolSimpleInfoShape, school_info_list: [SchoolBaseInfoShape] }),
);
