// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.search.baseorder.modify` (POST /v3/alipay/open/search/baseorder/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSearchBaseorderModifyRequest = { biz_type: '…', opt_type: '…' };
 * ```
 */
export interface AlipayOpenSearchBaseorderModifyRequest {
  biz_data?: SearchBaseOrderCreateApiRequest;
  biz_type?: string;
  opt_type?: string;
}

/**
 * The result of `alipay.open.search.baseorder.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSearchBaseorderModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSearchBaseorderModifyResult {
  apply_id?: string;
}

/**
 * The error codes of `alipay.open.search.baseorder.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSearchBaseorderModifyErrorCode = "BIZ_ERROR";
 * ```
 */
export type AlipayOpenSearchBaseorderModifyErrorCode = "BIZ_ERROR" | "SYSTEM_ERROR" | "INVALID_PARAMETER" | "SYSTEM_BUSY" | "NOT_ALLOWED_OPERATE" | "SEARCH_KEYWORD_CONFIG_ERROR";

/**
 * `SearchBaseItems`, a model of Alipay's v3 description (in `alipay.open.search.baseorder.modify`).
 *
 * @example
 * ```ts
 * const value: SearchBaseItems = { can_search: true };
 * ```
 */
export interface SearchBaseItems {
  can_search?: boolean;
  key_words?: string[];
}
const SearchBaseItemsShape = (): object => ({ can_search: 2, key_words: [0] });

/**
 * `SearchBaseOrderCreateApiRequest`, a model of Alipay's v3 description (in `alipay.open.search.baseorder.modify`).
 *
 * @example
 * ```ts
 * const value: SearchBaseOrderCreateApiRequest = { access_type: '…', appid: '…' };
 * ```
 */
export interface SearchBaseOrderCreateApiRequest {
  access_type?: string;
  appid?: string;
  base_items?: SearchBaseItems;
  descprise?: string;
  is_draft?: boolean;
  order_id?: string;
  spec_code?: string;
}
const SearchBaseOrderCreateApiRequestShape = (): object => ({ access_type: 0, appid: 0, base_items: SearchBaseItemsShape, descprise: 0, is_draft: 2, order_id: 0, spec_code: 0 });

/**
 * `alipay.open.search.baseorder.modify`: POST /v3/alipay/open/search/baseorder/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSearchBaseorderModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSearchBaseorderModify, { biz_type: '…', opt_type: '…' });
 * ```
 */
export const alipayOpenSearchBaseorderModify: ApiDefinition<"alipay.open.search.baseorder.modify", AlipayOpenSearchBaseorderModifyRequest, AlipayOpenSearchBaseorderModifyResult, AlipayOpenSearchBaseorderModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.search.baseorder.modify",
  'POST',
  () => ({ biz_data: SearchBaseOrderCreateApiRequestShape, biz_type: 0, opt_type: 0 }),
  () => ({ apply_id: 0 }),
);
