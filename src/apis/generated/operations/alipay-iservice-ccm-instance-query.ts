// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.instance.query` (GET /v3/alipay/iservice/ccm/instance/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmInstanceQueryRequest = { page_num: 1, page_size: 10 };
 * ```
 */
export interface AlipayIserviceCcmInstanceQueryRequest {
  /** A query parameter (v3). */
  page_num?: number;
  /** A query parameter (v3). */
  page_size?: number;
}

/**
 * The result of `alipay.iservice.ccm.instance.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmInstanceQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmInstanceQueryResult {
  instances?: Instance[];
  page_num?: number;
  page_size?: number;
  total_count?: number;
}

/**
 * The error codes of `alipay.iservice.ccm.instance.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmInstanceQueryErrorCode = "INTERNAL_ERROR";
 * ```
 */
export type AlipayIserviceCcmInstanceQueryErrorCode = "INTERNAL_ERROR" | "TENENT_NOT_FOUND";

/**
 * `Instance`, a model of Alipay's v3 description (in `alipay.iservice.ccm.instance.query`).
 *
 * @example
 * ```ts
 * const value: Instance = { create_time: '…', creator_id: '…' };
 * ```
 */
export interface Instance {
  create_time?: string;
  creator_id?: string;
  description?: string;
  external_id?: string;
  id?: string;
  name?: string;
  status?: string;
  update_time?: string;
  updater_id?: string;
}
const InstanceShape = (): object => ({ create_time: 0, creator_id: 0, description: 0, external_id: 0, id: 0, name: 0, status: 0, update_time: 0, updater_id: 0 });

/**
 * `alipay.iservice.ccm.instance.query`: GET /v3/alipay/iservice/ccm/instance/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmInstanceQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmInstanceQuery, { page_num: 1, page_size: 10 });
 * ```
 */
export const alipayIserviceCcmInstanceQuery: ApiDefinition<"alipay.iservice.ccm.instance.query", AlipayIserviceCcmInstanceQueryRequest, AlipayIserviceCcmInstanceQueryResult, AlipayIserviceCcmInstanceQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.instance.query",
  { verb: 'GET', query: ["page_num", "page_size"] },
  () => ({ page_num: 1, page_size: 1 }),
  () => ({ instances: [InstanceShape], page_num: 1, page_size: 1, total_count: 1 }),
);
