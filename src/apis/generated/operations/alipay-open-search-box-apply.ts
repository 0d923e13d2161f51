// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type SearchBoxAppInfo, SearchBoxAppInfoShape } from '../models/SearchBoxAppInfo.ts';
import { type SearchBoxServiceInfo, SearchBoxServiceInfoShape } from '../models/SearchBoxServiceInfo.ts';

/**
 * The request of `alipay.open.search.box.apply` (POST /v3/alipay/open/search/box/apply: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSearchBoxApplyRequest = { box_desc: '…', brand_id: '…' };
 * ```
 */
export interface AlipayOpenSearchBoxApplyRequest {
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
 * The result of `alipay.open.search.box.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSearchBoxApplyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSearchBoxApplyResult {
  box_id?: string;
}

/**
 * The error codes of `alipay.open.search.box.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSearchBoxApplyErrorCode = "NO_PERMISSION";
 * ```
 */
export type AlipayOpenSearchBoxApplyErrorCode = "NO_PERMISSION" | "BRAND_HAS_CONFIG_SEARCH_BOX" | "APP_HAS_CONFIG_SEARCH_BOX" | "INVALID_PARAMETER" | "ISV_NOT_AUTH" | "RELATED_ACCOUNT_NO_TINY_APP" | "SYSTEM_ERROR" | "SEARCH_BOX_ACCESS_CHECK_FAIL" | "MERCHANT_NOT_EXIST" | "APP_BRAND_RELATION_NOT_EXIST";

/**
 * `alipay.open.search.box.apply`: POST /v3/alipay/open/search/box/apply over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSearchBoxApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSearchBoxApply, { box_desc: '…', brand_id: '…' });
 * ```
 */
export const alipayOpenSearchBoxApply: ApiDefinition<"alipay.open.search.box.apply", AlipayOpenSearchBoxApplyRequest, AlipayOpenSearchBoxApplyResult, AlipayOpenSearchBoxApplyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.search.box.apply",
  'POST',
  () => ({ box_desc: 0, brand_id: 0, business_benefit_switch: 2, business_district_ids: [0], custom_keywords: [0], image_id: 0, image_name: 0, merchant_id: 0, related_accounts: [SearchBoxAppInfoShape], service_infos: [SearchBoxServiceInfoShape], target_appid: 0 }),
  () => ({ box_id: 0 }),
);
