// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type SearchBoxAppInfo, SearchBoxAppInfoShape } from '../models/SearchBoxAppInfo.ts';
import { type SearchBoxServiceInfo, SearchBoxServiceInfoShape } from '../models/SearchBoxServiceInfo.ts';

/**
 * The request of `alipay.open.search.box.modify` (POST /v3/alipay/open/search/box/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSearchBoxModifyRequest = { box_desc: '…', box_id: '…' };
 * ```
 */
export interface AlipayOpenSearchBoxModifyRequest {
  box_desc?: string;
  box_id?: string;
  brand_id?: string;
  business_benefit_switch?: boolean;
  business_district_ids?: string[];
  custom_keywords?: string;
  image_id?: string;
  image_name?: string;
  merchant_id?: string;
  module_id?: string;
  module_type?: string;
  related_accounts?: SearchBoxAppInfo[];
  service_infos?: SearchBoxServiceInfo[];
  target_appid?: string;
}

/**
 * The result of `alipay.open.search.box.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSearchBoxModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSearchBoxModifyResult {
  module_id?: string;
}

/**
 * The error codes of `alipay.open.search.box.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSearchBoxModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenSearchBoxModifyErrorCode = "INVALID_PARAMETER" | "NO_PERMISSION" | "SYSTEM_ERROR" | "ISV_NOT_AUTH" | "RELATED_ACCOUNT_NO_TINY_APP" | "STATUS_NOT_ALLOWED_OPERATE" | "APP_HAS_CONFIG_SEARCH_BOX" | "BUSINESS_DISTRICT_HAS_SEARCH_BOX";

/**
 * `alipay.open.search.box.modify`: POST /v3/alipay/open/search/box/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSearchBoxModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSearchBoxModify, { box_desc: '…', box_id: '…' });
 * ```
 */
export const alipayOpenSearchBoxModify: ApiDefinition<"alipay.open.search.box.modify", AlipayOpenSearchBoxModifyRequest, AlipayOpenSearchBoxModifyResult, AlipayOpenSearchBoxModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.search.box.modify",
  'POST',
  () => ({ box_desc: 0, box_id: 0, brand_id: 0, business_benefit_switch: 2, business_district_ids: [0], custom_keywords: 0, image_id: 0, image_name: 0, merchant_id: 0, module_id: 0, module_type: 0, related_accounts: [SearchBoxAppInfoShape], service_infos: [SearchBoxServiceInfoShape], target_appid: 0 }),
  () => ({ module_id: 0 }),
);
