// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.sw.tree.publish` (PUT /v3/alipay/iservice/ccm/sw/tree/publish: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwTreePublishRequest = { ccs_instance_id: '…', id: 1 };
 * ```
 */
export interface AlipayIserviceCcmSwTreePublishRequest {
  ccs_instance_id?: string;
  id?: number;
}

/**
 * The result of `alipay.iservice.ccm.sw.tree.publish`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwTreePublishResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayIserviceCcmSwTreePublishResult = Record<string, never>;

/**
 * The error codes of `alipay.iservice.ccm.sw.tree.publish` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwTreePublishErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwTreePublishErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.iservice.ccm.sw.tree.publish`: PUT /v3/alipay/iservice/ccm/sw/tree/publish over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwTreePublish } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwTreePublish, { ccs_instance_id: '…', id: 1 });
 * ```
 */
export const alipayIserviceCcmSwTreePublish: ApiDefinition<"alipay.iservice.ccm.sw.tree.publish", AlipayIserviceCcmSwTreePublishRequest, AlipayIserviceCcmSwTreePublishResult, AlipayIserviceCcmSwTreePublishErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.tree.publish",
  'PUT',
  () => ({ ccs_instance_id: 0, id: 1 }),
  () => ({}),
);
