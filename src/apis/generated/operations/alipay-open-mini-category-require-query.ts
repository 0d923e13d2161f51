// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.category.require.query` (POST /v3/alipay/open/mini/category/require/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniCategoryRequireQueryRequest = {};
 * ```
 */
export interface AlipayOpenMiniCategoryRequireQueryRequest {
  category_code_list?: string[];
}

/**
 * The result of `alipay.open.mini.category.require.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniCategoryRequireQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniCategoryRequireQueryResult {
  category_require_info_list?: CategoryRequireInfo[];
}

/**
 * The error codes of `alipay.open.mini.category.require.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniCategoryRequireQueryErrorCode = "CATEGORY_IS_BLANK";
 * ```
 */
export type AlipayOpenMiniCategoryRequireQueryErrorCode = "CATEGORY_IS_BLANK" | "PARAMETER_ERROR" | "SYSTEM_ERROR" | "CATEGORY_ERROR" | "INVALID_PARAMS";

/**
 * `CategoryRequireInfo`, a model of Alipay's v3 description (in `alipay.open.mini.category.require.query`).
 *
 * @example
 * ```ts
 * const value: CategoryRequireInfo = { business_licence_required: true, category_code: '…' };
 * ```
 */
export interface CategoryRequireInfo {
  business_licence_required?: boolean;
  category_code?: string;
  category_name?: string;
  category_requirements?: string;
  door_photo_required?: boolean;
  special_licence_required?: boolean;
}
const CategoryRequireInfoShape = (): object => ({ business_licence_required: 2, category_code: 0, category_name: 0, category_requirements: 0, door_photo_required: 2, special_licence_required: 2 });

/**
 * `alipay.open.mini.category.require.query`: POST /v3/alipay/open/mini/category/require/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniCategoryRequireQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniCategoryRequireQuery, {});
 * ```
 */
export const alipayOpenMiniCategoryRequireQuery: ApiDefinition<"alipay.open.mini.category.require.query", AlipayOpenMiniCategoryRequireQueryRequest, AlipayOpenMiniCategoryRequireQueryResult, AlipayOpenMiniCategoryRequireQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.category.require.query",
  'POST',
  () => ({ category_code_list: [0] }),
  () => ({ category_require_info_list: [CategoryRequireInfoShape] }),
);
