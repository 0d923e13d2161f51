// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.sw.tree.get` (GET /v3/alipay/iservice/ccm/sw/tree/get: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwTreeGetRequest = { ccs_instance_id: "ZPNASDK", id: 1 };
 * ```
 */
export interface AlipayIserviceCcmSwTreeGetRequest {
  /** A query parameter (v3). */
  ccs_instance_id?: string;
  /** A query parameter (v3). */
  id?: number;
}

/**
 * The result of `alipay.iservice.ccm.sw.tree.get`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwTreeGetResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmSwTreeGetResult {
  tree?: string;
}

/**
 * The error codes of `alipay.iservice.ccm.sw.tree.get` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwTreeGetErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwTreeGetErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.iservice.ccm.sw.tree.get`: GET /v3/alipay/iservice/ccm/sw/tree/get over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwTreeGet } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwTreeGet, { ccs_instance_id: "ZPNASDK", id: 1 });
 * ```
 */
export const alipayIserviceCcmSwTreeGet: ApiDefinition<"alipay.iservice.ccm.sw.tree.get", AlipayIserviceCcmSwTreeGetRequest, AlipayIserviceCcmSwTreeGetResult, AlipayIserviceCcmSwTreeGetErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.tree.get",
  { verb: 'GET', query: ["ccs_instance_id", "id"] },
  () => ({ ccs_instance_id: 0, id: 1 }),
  () => ({ tree: 0 }),
);
