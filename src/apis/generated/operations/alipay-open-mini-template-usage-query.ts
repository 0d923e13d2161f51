// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.template.usage.query` (GET /v3/alipay/open/mini/template/usage/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniTemplateUsageQueryRequest = { template_id: "1", page_num: 1 };
 * ```
 */
export interface AlipayOpenMiniTemplateUsageQueryRequest {
  /** A query parameter (v3). */
  template_id?: string;
  /** A query parameter (v3). */
  page_num?: number;
  /** A query parameter (v3). */
  page_size?: number;
  /** A query parameter (v3). */
  template_version?: string;
  /** A query parameter (v3). */
  bundle_id?: string;
}

/**
 * The result of `alipay.open.mini.template.usage.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniTemplateUsageQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniTemplateUsageQueryResult {
  app_ids?: string[];
  template_usage_info_list?: TemplateUsageInfo[];
}

/**
 * The error codes of `alipay.open.mini.template.usage.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniTemplateUsageQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniTemplateUsageQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PAGE_NUM" | "INVALID_PAGE_SIZE" | "PAGE_SIZE_EXCEED_MAX_QUERY_SIZE" | "APPLICATION_TYPE_NOT_ISVAPP" | "TEMPLATE_ID_IS_BLANK" | "ISV_APP_ID_IS_BLANK" | "TEMPLATE_ID_ISVAPPID_NOT_MATCH" | "BUNDLE_ID_NOT_EXIST" | "TEMPLATE_NO_RELATION_ERROR" | "INVALID_PARAMS";

/**
 * `TemplateUsageInfo`, a model of Alipay's v3 description (in `alipay.open.mini.template.usage.query`).
 *
 * @example
 * ```ts
 * const value: TemplateUsageInfo = { app_version: '…', mini_app_id: '…' };
 * ```
 */
export interface TemplateUsageInfo {
  app_version?: string;
  mini_app_id?: string;
}
const TemplateUsageInfoShape = (): object => ({ app_version: 0, mini_app_id: 0 });

/**
 * `alipay.open.mini.template.usage.query`: GET /v3/alipay/open/mini/template/usage/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniTemplateUsageQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniTemplateUsageQuery, { template_id: "1", page_num: 1 });
 * ```
 */
export const alipayOpenMiniTemplateUsageQuery: ApiDefinition<"alipay.open.mini.template.usage.query", AlipayOpenMiniTemplateUsageQueryRequest, AlipayOpenMiniTemplateUsageQueryResult, AlipayOpenMiniTemplateUsageQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.template.usage.query",
  { verb: 'GET', query: ["template_id", "page_num", "page_size", "template_version", "bundle_id"] },
  () => ({ template_id: 0, page_num: 1, page_size: 1, template_version: 0, bundle_id: 0 }),
  () => ({ app_ids: [0], template_usage_info_list: [TemplateUsageInfoShape] }),
);
