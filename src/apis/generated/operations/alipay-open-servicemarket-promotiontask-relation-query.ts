// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.servicemarket.promotiontask.relation.query` (GET /v3/alipay/open/servicemarket/promotiontask/relation/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenServicemarketPromotiontaskRelationQueryRequest = { commodity_id: "SS010101000000003954", page_size: 10 };
 * ```
 */
export interface AlipayOpenServicemarketPromotiontaskRelationQueryRequest {
  /** A query parameter (v3). */
  commodity_id?: string;
  /** A query parameter (v3). */
  page_size?: number;
  /** A query parameter (v3). */
  page_num?: number;
}

/**
 * The result of `alipay.open.servicemarket.promotiontask.relation.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenServicemarketPromotiontaskRelationQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenServicemarketPromotiontaskRelationQueryResult {
  current_page?: number;
  page_size?: number;
  promotion_relations?: PromotionTaskRelation[];
  total_size?: number;
}

/**
 * The error codes of `alipay.open.servicemarket.promotiontask.relation.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenServicemarketPromotiontaskRelationQueryErrorCode = "PARAMS_ERROR";
 * ```
 */
export type AlipayOpenServicemarketPromotiontaskRelationQueryErrorCode = "PARAMS_ERROR" | "QUERY_FAILD";

/**
 * `PromotionTaskRelation`, a model of Alipay's v3 description (in `alipay.open.servicemarket.promotiontask.relation.query`).
 *
 * @example
 * ```ts
 * const value: PromotionTaskRelation = { apply_reason: '…', commodity_id: '…' };
 * ```
 */
export interface PromotionTaskRelation {
  apply_reason?: string;
  commodity_id?: string;
  commodity_name?: string;
  create_time?: string;
  promoter_contact_name?: string;
  promoter_contact_phone?: string;
  promoter_name?: string;
  promoter_pid?: string;
  promotion_id?: string;
  promotion_name?: string;
}
const PromotionTaskRelationShape = (): object => ({ apply_reason: 0, commodity_id: 0, commodity_name: 0, create_time: 0, promoter_contact_name: 0, promoter_contact_phone: 0, promoter_name: 0, promoter_pid: 0, promotion_id: 0, promotion_name: 0 });

/**
 * `alipay.open.servicemarket.promotiontask.relation.query`: GET /v3/alipay/open/servicemarket/promotiontask/relation/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenServicemarketPromotiontaskRelationQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenServicemarketPromotiontaskRelationQuery, { commodity_id: "SS010101000000003954", page_size: 10 });
 * ```
 */
export const alipayOpenServicemarketPromotiontaskRelationQuery: ApiDefinition<"alipay.open.servicemarket.promotiontask.relation.query", AlipayOpenServicemarketPromotiontaskRelationQueryRequest, AlipayOpenServicemarketPromotiontaskRelationQueryResult, AlipayOpenServicemarketPromotiontaskRelationQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.servicemarket.promotiontask.relation.query",
  { verb: 'GET', query: ["commodity_id", "page_size", "page_num"] },
  () => ({ commodity_id: 0, page_size: 1, page_num: 1 }),
  () => ({ current_page: 1, page_size: 1, promotion_relations: [PromotionTaskRelationShape], total_size: 1 }),
);
