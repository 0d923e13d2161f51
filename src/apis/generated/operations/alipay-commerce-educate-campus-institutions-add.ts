// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.educate.campus.institutions.add` (POST /v3/alipay/commerce/educate/campus/institutions/add: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEducateCampusInstitutionsAddRequest = { card_pict_url: '…', city_code: '…' };
 * ```
 */
export interface AlipayCommerceEducateCampusInstitutionsAddRequest {
  card_pict_url?: string;
  city_code?: string;
  inst_name?: string;
  inst_std_code?: string;
  learning_stage?: string;
  province_code?: string;
  school_property?: string;
}

/**
 * The result of `alipay.commerce.educate.campus.institutions.add`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEducateCampusInstitutionsAddResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEducateCampusInstitutionsAddResult {
  inst_id?: string;
  inst_std_code?: string;
  reason?: string;
}

/**
 * The error codes of `alipay.commerce.educate.campus.institutions.add` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEducateCampusInstitutionsAddErrorCode = "ISV_DECLARE_UPDATE_UNAUTHORIZED";
 * ```
 */
export type AlipayCommerceEducateCampusInstitutionsAddErrorCode = "ISV_DECLARE_UPDATE_UNAUTHORIZED" | "ISV_SCHOOL_MAINTAINING" | "ILLEGAL_PARAM" | "SCHOOL_NAME_ILLEGAL" | "INVALID_PARAMETER_PROVINCE_CODE" | "INVALID_PARAMETER_CITY_CODE" | "INVALID_PARAMETER_SCHOOL_STD_CODE" | "LEARNING_STAGE_ERROR" | "INVALID_PARAMETER_SCHOOL_PROPERTY" | "SYSTEM_ERROR" | "SCHOOL_EXIST" | "INVALID_PARAMETER" | "SCHOOL_NOT_SUBJECT";

/**
 * `alipay.commerce.educate.campus.institutions.add`: POST /v3/alipay/commerce/educate/campus/institutions/add over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEducateCampusInstitutionsAdd } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEducateCampusInstitutionsAdd, { card_pict_url: '…', city_code: '…' });
 * ```
 */
export const alipayCommerceEducateCampusInstitutionsAdd: ApiDefinition<"alipay.commerce.educate.campus.institutions.add", AlipayCommerceEducateCampusInstitutionsAddRequest, AlipayCommerceEducateCampusInstitutionsAddResult, AlipayCommerceEducateCampusInstitutionsAddErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.educate.campus.institutions.add",
  'POST',
  () => ({ card_pict_url: 0, city_code: 0, inst_name: 0, inst_std_code: 0, learning_stage: 0, province_code: 0, school_property: 0 }),
  () => ({ inst_id: 0, inst_std_code: 0, reason: 0 }),
);
