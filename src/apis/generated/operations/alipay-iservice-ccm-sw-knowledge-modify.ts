// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.sw.knowledge.modify` (POST /v3/alipay/iservice/ccm/sw/knowledge/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwKnowledgeModifyRequest = { category_id: 1, category_name: '…' };
 * ```
 */
export interface AlipayIserviceCcmSwKnowledgeModifyRequest {
  category_id?: number;
  category_name?: string;
  content?: string;
  ext_id?: string;
  extend_titles?: string[];
  icon?: string;
  id?: number;
  is_delete?: boolean;
  is_searchable?: boolean;
  library_id?: number;
  library_name?: string;
  spu?: SpuDetail;
  tags?: string[];
  title?: string;
}

/**
 * The result of `alipay.iservice.ccm.sw.knowledge.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwKnowledgeModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmSwKnowledgeModifyResult {
  id?: number;
}

/**
 * The error codes of `alipay.iservice.ccm.sw.knowledge.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwKnowledgeModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwKnowledgeModifyErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `SpuDetail`, a model of Alipay's v3 description (in `alipay.iservice.ccm.sw.knowledge.modify`).
 *
 * @example
 * ```ts
 * const value: SpuDetail = { brand: '…', category: '…' };
 * ```
 */
export interface SpuDetail {
  brand?: string;
  category?: string;
  dimension?: string;
  icon?: string;
  link_url?: string;
  spu_id?: string;
  title?: string;
}
const SpuDetailShape = (): object => ({ brand: 0, category: 0, dimension: 0, icon: 0, link_url: 0, spu_id: 0, title: 0 });

/**
 * `alipay.iservice.ccm.sw.knowledge.modify`: POST /v3/alipay/iservice/ccm/sw/knowledge/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwKnowledgeModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwKnowledgeModify, { category_id: 1, category_name: '…' });
 * ```
 */
export const alipayIserviceCcmSwKnowledgeModify: ApiDefinition<"alipay.iservice.ccm.sw.knowledge.modify", AlipayIserviceCcmSwKnowledgeModifyRequest, AlipayIserviceCcmSwKnowledgeModifyResult, AlipayIserviceCcmSwKnowledgeModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.knowledge.modify",
  'POST',
  () => ({ category_id: 1, category_name: 0, content: 0, ext_id: 0, extend_titles: [0], icon: 0, id: 1, is_delete: 2, is_searchable: 2, library_id: 1, library_name: 0, spu: SpuDetailShape, tags: [0], title: 0 }),
  () => ({ id: 1 }),
);
