// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.sw.library.batchquery` (GET /v3/alipay/iservice/ccm/sw/library/batchquery: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwLibraryBatchqueryRequest = { ccs_instance_id: "ZPNASDK" };
 * ```
 */
export interface AlipayIserviceCcmSwLibraryBatchqueryRequest {
  /** A query parameter (v3). */
  ccs_instance_id?: string;
}

/**
 * The result of `alipay.iservice.ccm.sw.library.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwLibraryBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmSwLibraryBatchqueryResult {
  libraries?: LibraryInfo[];
}

/**
 * The error codes of `alipay.iservice.ccm.sw.library.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwLibraryBatchqueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwLibraryBatchqueryErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `LibraryInfo`, a model of Alipay's v3 description (in `alipay.iservice.ccm.sw.library.batchquery`).
 *
 * @example
 * ```ts
 * const value: LibraryInfo = { id: 1, name: '…' };
 * ```
 */
export interface LibraryInfo {
  id?: number;
  name?: string;
  tree_id?: number;
  update_time?: string;
}
const LibraryInfoShape = (): object => ({ id: 1, name: 0, tree_id: 1, update_time: 0 });

/**
 * `alipay.iservice.ccm.sw.library.batchquery`: GET /v3/alipay/iservice/ccm/sw/library/batchquery over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwLibraryBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwLibraryBatchquery, { ccs_instance_id: "ZPNASDK" });
 * ```
 */
export const alipayIserviceCcmSwLibraryBatchquery: ApiDefinition<"alipay.iservice.ccm.sw.library.batchquery", AlipayIserviceCcmSwLibraryBatchqueryRequest, AlipayIserviceCcmSwLibraryBatchqueryResult, AlipayIserviceCcmSwLibraryBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.library.batchquery",
  { verb: 'GET', query: ["ccs_instance_id"] },
  () => ({ ccs_instance_id: 0 }),
  () => ({ libraries: [LibraryInfoShape] }),
);
