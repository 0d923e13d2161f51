// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.category.query` (GET /v3/alipay/open/mini/category/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniCategoryQueryRequest = { is_filter: 1 };
 * ```
 */
export interface AlipayOpenMiniCategoryQueryRequest {
  /** A query parameter (v3). */
  is_filter?: boolean;
}

/**
 * The result of `alipay.open.mini.category.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniCategoryQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniCategoryQueryResult {
  category_list?: MiniAppCategory[];
  mini_category_list?: MiniAppCategory[];
}

/**
 * The error codes of `alipay.open.mini.category.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniCategoryQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniCategoryQueryErrorCode = "SYSTEM_ERROR" | "USER_NOT_EXIST" | "INVALID_PARAMETER";

/**
 * `MiniAppCategory`, a model of Alipay's v3 description (in `alipay.open.mini.category.query`).
 *
 * @example
 * ```ts
 * const value: MiniAppCategory = { category_id: '…', category_name: '…' };
 * ```
 */
export interface MiniAppCategory {
  category_id?: string;
  category_name?: string;
  has_child?: boolean;
  need_license?: boolean;
  need_out_door_pic?: boolean;
  need_special_license?: boolean;
  parent_category_id?: string;
}
const MiniAppCategoryShape = (): object => ({ category_id: 0, category_name: 0, has_child: 2, need_license: 2, need_out_door_pic: 2, need_special_license: 2, parent_category_id: 0 });

/**
 * `alipay.open.mini.category.query`: GET /v3/alipay/open/mini/category/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniCategoryQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniCategoryQuery, { is_filter: 1 });
 * ```
 */
export const alipayOpenMiniCategoryQuery: ApiDefinition<"alipay.open.mini.category.query", AlipayOpenMiniCategoryQueryRequest, AlipayOpenMiniCategoryQueryResult, AlipayOpenMiniCategoryQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.category.query",
  { verb: 'GET', query: ["is_filter"] },
  () => ({ is_filter: 2 }),
  () => ({ category_list: [MiniAppCategoryShape], mini_category_list: [MiniAppCategoryShape] }),
);
