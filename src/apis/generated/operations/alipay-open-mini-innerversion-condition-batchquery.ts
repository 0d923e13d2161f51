// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerversion.condition.batchquery` (POST /v3/alipay/open/mini/innerversion/condition/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionConditionBatchqueryRequest = { app_origin: '…', bundle_id: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerversionConditionBatchqueryRequest {
  app_origin?: string;
  bundle_id?: string;
  mini_app_id?: string;
  page_num?: string;
  page_size?: string;
  version_status?: string;
}

/**
 * The result of `alipay.open.mini.innerversion.condition.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionConditionBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniInnerversionConditionBatchqueryResult {
  mini_version_base_info_list?: MiniVersionBaseInfo[];
}

/**
 * The error codes of `alipay.open.mini.innerversion.condition.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionConditionBatchqueryErrorCode = "APPID_IS_BLANK";
 * ```
 */
export type AlipayOpenMiniInnerversionConditionBatchqueryErrorCode = "APPID_IS_BLANK" | "VERSION_STATUS_LIST_IS_BLANK" | "APP_ORIGIN_IS_BLANK" | "BUNDLE_ID_IS_BLANK" | "NO_PERMISSION" | "INVALID_PAGE_NUM" | "INVALID_PAGE_SIZE" | "PAGE_NUM_LESS_ONE" | "PAGE_SIZE_MORE_TEN" | "PAGE_SIZE_LESS_ZERO" | "INVALID_VERSION_STATUS" | "MINICORE_INVOKE_ERROR" | "PAGE_NUM_LESS_ZERO" | "BUNDLE_ID_NOT_EXIST";

/**
 * `MiniVersionBaseInfo`, a model of Alipay's v3 description (in `alipay.open.mini.innerversion.condition.batchquery`).
 *
 * @example
 * ```ts
 * const value: MiniVersionBaseInfo = { app_version: '…', build_source: '…' };
 * ```
 */
export interface MiniVersionBaseInfo {
  app_version?: string;
  build_source?: string;
  bundle_id?: string;
  dev_id?: string;
  gray_strategy?: string;
  mini_app_id?: string;
  status?: string;
}
const MiniVersionBaseInfoShape = (): object => ({ app_version: 0, build_source: 0, bundle_id: 0, dev_id: 0, gray_strategy: 0, mini_app_id: 0, status: 0 });

/**
 * `alipay.open.mini.innerversion.condition.batchquery`: POST /v3/alipay/open/mini/innerversion/condition/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionConditionBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionConditionBatchquery, { app_origin: '…', bundle_id: '…' });
 * ```
 */
export const alipayOpenMiniInnerversionConditionBatchquery: ApiDefinition<"alipay.open.mini.innerversion.condition.batchquery", AlipayOpenMiniInnerversionConditionBatchqueryRequest, AlipayOpenMiniInnerversionConditionBatchqueryResult, AlipayOpenMiniInnerversionConditionBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.condition.batchquery",
  'POST',
  () => ({ app_origin: 0, bundle_id: 0, mini_app_id: 0, page_num: 0, page_size: 0, version_status: 0 }),
  () => ({ mini_version_base_info_list: [MiniVersionBaseInfoShape] }),
);
