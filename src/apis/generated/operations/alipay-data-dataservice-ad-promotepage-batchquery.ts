// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.data.dataservice.ad.promotepage.batchquery` (GET /v3/alipay/data/dataservice/ad/promotepage/batchquery: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayDataDataserviceAdPromotepageBatchqueryRequest = { biz_token: "HYjofejnnlp89730202bcklHH", principal_tag: "yfvbv133498" };
 * ```
 */
export interface AlipayDataDataserviceAdPromotepageBatchqueryRequest {
  /** A query parameter (v3). */
  biz_token?: string;
  /** A query parameter (v3). */
  principal_tag?: string;
  /** A query parameter (v3). */
  type?: string;
  /** A query parameter (v3). */
  page_no?: number;
  /** A query parameter (v3). */
  page_size?: number;
}

/**
 * The result of `alipay.data.dataservice.ad.promotepage.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayDataDataserviceAdPromotepageBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayDataDataserviceAdPromotepageBatchqueryResult {
  list?: PromotePageDetail[];
  page_no?: number;
  page_size?: number;
  total?: number;
}

/**
 * The error codes of `alipay.data.dataservice.ad.promotepage.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayDataDataserviceAdPromotepageBatchqueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayDataDataserviceAdPromotepageBatchqueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "BIZ_ERROR" | "NO_SERVICE_PURVIEW" | "BIZ_TOKEN_ERROR" | "NO_DATA_PURVIEW" | "NULL_ARGUMENT" | "PRINCIPAL_NOT_EXIST";

/**
 * `PromotePageDetail`, a model of Alipay's v3 description (in `alipay.data.dataservice.ad.promotepage.batchquery`).
 *
 * @example
 * ```ts
 * const value: PromotePageDetail = { gmt_create: '…', id: 1 };
 * ```
 */
export interface PromotePageDetail {
  gmt_create?: string;
  id?: number;
  name?: string;
  property_list?: PromotePageProperty[];
  type?: string;
}
const PromotePageDetailShape = (): object => ({ gmt_create: 0, id: 1, name: 0, property_list: [PromotePagePropertyShape], type: 0 });

/**
 * `PromotePageProperty`, a model of Alipay's v3 description (in `alipay.data.dataservice.ad.promotepage.batchquery`).
 *
 * @example
 * ```ts
 * const value: PromotePageProperty = { key: '…', name: '…' };
 * ```
 */
export interface PromotePageProperty {
  key?: string;
  name?: string;
  type?: string;
}
const PromotePagePropertyShape = (): object => ({ key: 0, name: 0, type: 0 });

/**
 * `alipay.data.dataservice.ad.promotepage.batchquery`: GET /v3/alipay/data/dataservice/ad/promotepage/batchquery over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayDataDataserviceAdPromotepageBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayDataDataserviceAdPromotepageBatchquery, { biz_token: "HYjofejnnlp89730202bcklHH", principal_tag: "yfvbv133498" });
 * ```
 */
export const alipayDataDataserviceAdPromotepageBatchquery: ApiDefinition<"alipay.data.dataservice.ad.promotepage.batchquery", AlipayDataDataserviceAdPromotepageBatchqueryRequest, AlipayDataDataserviceAdPromotepageBatchqueryResult, AlipayDataDataserviceAdPromotepageBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.data.dataservice.ad.promotepage.batchquery",
  { verb: 'GET', query: ["biz_token", "principal_tag", "type", "page_no", "page_size"] },
  () => ({ biz_token: 0, principal_tag: 0, type: 0, page_no: 1, page_size: 1 }),
  () => ({ list: [PromotePageDetailShape], page_no: 1, page_size: 1, total: 1 }),
);
