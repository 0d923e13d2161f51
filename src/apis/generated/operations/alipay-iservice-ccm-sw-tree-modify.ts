// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.sw.tree.modify` (PATCH /v3/alipay/iservice/ccm/sw/tree/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwTreeModifyRequest = { ccs_instance_id: '…', id: 1 };
 * ```
 */
export interface AlipayIserviceCcmSwTreeModifyRequest {
  ccs_instance_id?: string;
  id?: number;
  name?: string;
}

/**
 * The result of `alipay.iservice.ccm.sw.tree.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwTreeModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayIserviceCcmSwTreeModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.iservice.ccm.sw.tree.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwTreeModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwTreeModifyErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.iservice.ccm.sw.tree.modify`: PATCH /v3/alipay/iservice/ccm/sw/tree/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwTreeModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwTreeModify, { ccs_instance_id: '…', id: 1 });
 * ```
 */
export const alipayIserviceCcmSwTreeModify: ApiDefinition<"alipay.iservice.ccm.sw.tree.modify", AlipayIserviceCcmSwTreeModifyRequest, AlipayIserviceCcmSwTreeModifyResult, AlipayIserviceCcmSwTreeModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.tree.modify",
  'PATCH',
  () => ({ ccs_instance_id: 0, id: 1, name: 0 }),
  () => ({}),
);
