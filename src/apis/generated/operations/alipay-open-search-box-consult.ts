// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type SearchBoxAppInfo, SearchBoxAppInfoShape } from '../models/SearchBoxAppInfo.ts';
import { type SearchBoxServiceInfo, SearchBoxServiceInfoShape } from '../models/SearchBoxServiceInfo.ts';

/**
 * The request of `alipay.open.search.box.consult` (POST /v3/alipay/open/search/box/consult: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSearchBoxConsultRequest = { area_keywords: '…', box_desc: '…' };
 * ```
 */
export interface AlipayOpenSearchBoxConsultRequest {
  area_keywords?: string;
  box_desc?: string;
  brand_id?: string;
  business_benefit_switch?: boolean;
  business_district_ids?: string[];
  custom_keywords?: string[];
  image_id?: string;
  image_name?: string;
  merchant_id?: string;
  related_accounts?: SearchBoxAppInfo[];
  service_infos?: SearchBoxServiceInfo[];
  target_appid?: string;
}

/**
 * The result of `alipay.open.search.box.consult`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSearchBoxConsultResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSearchBoxConsultResult {
  access?: boolean;
  not_pass_items?: string[];
}

/**
 * The error codes of `alipay.open.search.box.consult` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSearchBoxConsultErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenSearchBoxConsultErrorCode = "SYSTEM_ERROR" | "ISV_NOT_AUTH" | "INPUT_ARGUMENT_ILLEGAL";

/**
 * `alipay.open.search.box.consult`: POST /v3/alipay/open/search/box/consult over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSearchBoxConsult } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSearchBoxConsult, { area_keywords: '…', box_desc: '…' });
 * ```
 */
export const alipayOpenSearchBoxConsult: ApiDefinition<"alipay.open.search.box.consult", AlipayOpenSearchBoxConsultRequest, AlipayOpenSearchBoxConsultResult, AlipayOpenSearchBoxConsultErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.search.box.consult",
  'POST',
  () => ({ area_keywords: 0, box_desc: 0, brand_id: 0, business_benefit_switch: 2, business_district_ids: [0], custom_keywords: [0], image_id: 0, image_name: 0, merchant_id: 0, related_accounts: [SearchBoxAppInfoShape], service_infos: [SearchBoxServiceInfoShape], target_appid: 0 }),
  () => ({ access: 2, not_pass_items: [0] }),
);
