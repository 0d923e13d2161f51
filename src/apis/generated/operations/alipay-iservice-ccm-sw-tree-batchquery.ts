// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.sw.tree.batchquery` (GET /v3/alipay/iservice/ccm/sw/tree/batchquery: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwTreeBatchqueryRequest = { ccs_instance_id: "ZPNASDK" };
 * ```
 */
export interface AlipayIserviceCcmSwTreeBatchqueryRequest {
  /** A query parameter (v3). */
  ccs_instance_id?: string;
}

/**
 * The result of `alipay.iservice.ccm.sw.tree.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwTreeBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmSwTreeBatchqueryResult {
  trees?: TreeInfo[];
}

/**
 * The error codes of `alipay.iservice.ccm.sw.tree.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwTreeBatchqueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwTreeBatchqueryErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `TreeInfo`, a model of Alipay's v3 description (in `alipay.iservice.ccm.sw.tree.batchquery`).
 *
 * @example
 * ```ts
 * const value: TreeInfo = { id: 1, instance_code: '…' };
 * ```
 */
export interface TreeInfo {
  id?: number;
  instance_code?: string;
  name?: string;
}
const TreeInfoShape = (): object => ({ id: 1, instance_code: 0, name: 0 });

/**
 * `alipay.iservice.ccm.sw.tree.batchquery`: GET /v3/alipay/iservice/ccm/sw/tree/batchquery over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwTreeBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwTreeBatchquery, { ccs_instance_id: "ZPNASDK" });
 * ```
 */
export const alipayIserviceCcmSwTreeBatchquery: ApiDefinition<"alipay.iservice.ccm.sw.tree.batchquery", AlipayIserviceCcmSwTreeBatchqueryRequest, AlipayIserviceCcmSwTreeBatchqueryResult, AlipayIserviceCcmSwTreeBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.tree.batchquery",
  { verb: 'GET', query: ["ccs_instance_id"] },
  () => ({ ccs_instance_id: 0 }),
  () => ({ trees: [TreeInfoShape] }),
);
