// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.setting.category.query` (GET /v3/alipay/open/public/setting/category/query: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicSettingCategoryQueryRequest = {};
 * ```
 */
export type AlipayOpenPublicSettingCategoryQueryRequest = Record<string, never>;

/**
 * The result of `alipay.open.public.setting.category.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicSettingCategoryQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicSettingCategoryQueryResult {
  primary_category?: string;
  secondary_category?: string;
}

/**
 * The error codes of `alipay.open.public.setting.category.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicSettingCategoryQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenPublicSettingCategoryQueryErrorCode = "SYSTEM_ERROR";

/**
 * `alipay.open.public.setting.category.query`: GET /v3/alipay/open/public/setting/category/query over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicSettingCategoryQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicSettingCategoryQuery, {});
 * ```
 */
export const alipayOpenPublicSettingCategoryQuery: ApiDefinition<"alipay.open.public.setting.category.query", AlipayOpenPublicSettingCategoryQueryRequest, AlipayOpenPublicSettingCategoryQueryResult, AlipayOpenPublicSettingCategoryQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.setting.category.query",
  'GET',
  () => ({}),
  () => ({ primary_category: 0, secondary_category: 0 }),
);
