// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.social.base.contentlib.standardcontent.batchquery` (POST /v3/alipay/social/base/contentlib/standardcontent/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipaySocialBaseContentlibStandardcontentBatchqueryRequest = { need_detail: true, page_num: 1 };
 * ```
 */
export interface AlipaySocialBaseContentlibStandardcontentBatchqueryRequest {
  need_detail?: boolean;
  page_num?: number;
  page_size?: number;
  public_id?: string;
  status?: string;
}

/**
 * The result of `alipay.social.base.contentlib.standardcontent.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipaySocialBaseContentlibStandardcontentBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipaySocialBaseContentlibStandardcontentBatchqueryResult {
  content_details?: SourceContentInfo[];
  content_ids?: string[];
  page_num?: number;
  page_size?: number;
  total?: number;
}

/**
 * The error codes of `alipay.social.base.contentlib.standardcontent.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipaySocialBaseContentlibStandardcontentBatchqueryErrorCode = "CONTENT_NOT_EXISTS";
 * ```
 */
export type AlipaySocialBaseContentlibStandardcontentBatchqueryErrorCode = "CONTENT_NOT_EXISTS" | "NO_PERMISSION" | "SYSTEM_ERROR" | "PUBLIC_NOT_UPGRADE" | "PUBLIC_NOT_EXISTS" | "BUSINESS_ERROR";

/**
 * `SourceContentInfo`, a model of Alipay's v3 description (in `alipay.social.base.contentlib.standardcontent.batchquery`).
 *
 * @example
 * ```ts
 * const value: SourceContentInfo = { content_id: '…', link: '…' };
 * ```
 */
export interface SourceContentInfo {
  content_id?: string;
  link?: string;
  permission_status?: string;
  source_author?: string;
  source_link?: string;
  source_media_infos?: SourceMediaInfo[];
  source_offers?: SourceOffer[];
  source_publish_date?: string;
  source_status?: string;
  source_summary?: string;
  source_title?: string;
  source_type?: string;
  special_tags?: string[];
}
const SourceContentInfoShape = (): object => ({ content_id: 0, link: 0, permission_status: 0, source_author: 0, source_link: 0, source_media_infos: [SourceMediaInfoShape], source_offers: [SourceOfferShape], source_publish_date: 0, source_status: 0, source_summary: 0, source_title: 0, source_type: 0, special_tags: [0] });

/**
 * `SourceMediaInfo`, a model of Alipay's v3 description (in `alipay.social.base.contentlib.standardcontent.batchquery`).
 *
 * @example
 * ```ts
 * const value: SourceMediaInfo = { media_id: '…', media_type: '…' };
 * ```
 */
export interface SourceMediaInfo {
  media_id?: string;
  media_type?: string;
}
const SourceMediaInfoShape = (): object => ({ media_id: 0, media_type: 0 });

/**
 * `SourceOffer`, a model of Alipay's v3 description (in `alipay.social.base.contentlib.standardcontent.batchquery`).
 *
 * @example
 * ```ts
 * const value: SourceOffer = { offer_id: '…', offer_type: '…' };
 * ```
 */
export interface SourceOffer {
  offer_id?: string;
  offer_type?: string;
}
const SourceOfferShape = (): object => ({ offer_id: 0, offer_type: 0 });

/**
 * `alipay.social.base.contentlib.standardcontent.batchquery`: POST /v3/alipay/social/base/contentlib/standardcontent/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipaySocialBaseContentlibStandardcontentBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipaySocialBaseContentlibStandardcontentBatchquery, { need_detail: true, page_num: 1 });
 * ```
 */
export const alipaySocialBaseContentlibStandardcontentBatchquery: ApiDefinition<"alipay.social.base.contentlib.standardcontent.batchquery", AlipaySocialBaseContentlibStandardcontentBatchqueryRequest, AlipaySocialBaseContentlibStandardcontentBatchqueryResult, AlipaySocialBaseContentlibStandardcontentBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.social.base.contentlib.standardcontent.batchquery",
  'POST',
  () => ({ need_detail: 2, page_num: 1, page_size: 1, public_id: 0, status: 0 }),
  () => ({ content_details: [SourceContentInfoShape], content_ids: [0], page_num: 1, page_size: 1, total: 1 }),
);
