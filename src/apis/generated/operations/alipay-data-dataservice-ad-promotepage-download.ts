// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.data.dataservice.ad.promotepage.download` (GET /v3/alipay/data/dataservice/ad/promotepage/download: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayDataDataserviceAdPromotepageDownloadRequest = { start_date: "2020-12-12 00:00:00", end_date: "2020-12-13 23:59:59" };
 * ```
 */
export interface AlipayDataDataserviceAdPromotepageDownloadRequest {
  /** A query parameter (v3). */
  start_date?: string;
  /** A query parameter (v3). */
  end_date?: string;
  /** A query parameter (v3). */
  page_no?: number;
  /** A query parameter (v3). */
  page_size?: number;
  /** A query parameter (v3). */
  biz_token?: string;
  /** A query parameter (v3). */
  principal_tag?: string;
  /** A query parameter (v3). */
  promote_page_id?: number;
}

/**
 * The result of `alipay.data.dataservice.ad.promotepage.download`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayDataDataserviceAdPromotepageDownloadResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayDataDataserviceAdPromotepageDownloadResult {
  conversion_id?: string;
  list?: PromotePageData[];
  page_no?: number;
  page_size?: number;
  total?: number;
}

/**
 * The error codes of `alipay.data.dataservice.ad.promotepage.download` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayDataDataserviceAdPromotepageDownloadErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayDataDataserviceAdPromotepageDownloadErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "BIZ_ERROR" | "NO_SERVICE_PURVIEW" | "BIZ_TOKEN_ERROR" | "NO_DATA_PURVIEW" | "NULL_ARGUMENT" | "PRINCIPAL_NOT_EXIST";

/**
 * `PromotePageData`, a model of Alipay's v3 description (in `alipay.data.dataservice.ad.promotepage.download`).
 *
 * @example
 * ```ts
 * const value: PromotePageData = { biz_no: '…', encrypt_uid: '…' };
 * ```
 */
export interface PromotePageData {
  biz_no?: string;
  encrypt_uid?: string;
  property_list?: PromotePagePropertyInstance[];
}
const PromotePageDataShape = (): object => ({ biz_no: 0, encrypt_uid: 0, property_list: [PromotePagePropertyInstanceShape] });

/**
 * `PromotePagePropertyInstance`, a model of Alipay's v3 description (in `alipay.data.dataservice.ad.promotepage.download`).
 *
 * @example
 * ```ts
 * const value: PromotePagePropertyInstance = { key: '…', name: '…' };
 * ```
 */
export interface PromotePagePropertyInstance {
  key?: string;
  name?: string;
  type?: string;
  value?: string;
}
const PromotePagePropertyInstanceShape = (): object => ({ key: 0, name: 0, type: 0, value: 0 });

/**
 * `alipay.data.dataservice.ad.promotepage.download`: GET /v3/alipay/data/dataservice/ad/promotepage/download over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayDataDataserviceAdPromotepageDownload } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayDataDataserviceAdPromotepageDownload, { start_date: "2020-12-12 00:00:00", end_date: "2020-12-13 23:59:59" });
 * ```
 */
export const alipayDataDataserviceAdPromotepageDownload: ApiDefinition<"alipay.data.dataservice.ad.promotepage.download", AlipayDataDataserviceAdPromotepageDownloadRequest, AlipayDataDataserviceAdPromotepageDownloadResult, AlipayDataDataserviceAdPromotepageDownloadErrorCode> = /* @__PURE__ */ operation(
  "alipay.data.dataservice.ad.promotepage.download",
  { verb: 'GET', query: ["start_date", "end_date", "page_no", "page_size", "biz_token", "principal_tag", "promote_page_id"] },
  () => ({ start_date: 0, end_date: 0, page_no: 1, page_size: 1, biz_token: 0, principal_tag: 0, promote_page_id: 1 }),
  () => ({ conversion_id: 0, list: [PromotePageDataShape], page_no: 1, page_size: 1, total: 1 }),
);
