// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.sw.library.modify` (PATCH /v3/alipay/iservice/ccm/sw/library/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwLibraryModifyRequest = { ccs_instance_id: '…', id: '…' };
 * ```
 */
export interface AlipayIserviceCcmSwLibraryModifyRequest {
  ccs_instance_id?: string;
  id?: string;
  name?: string;
}

/**
 * The result of `alipay.iservice.ccm.sw.library.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwLibraryModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayIserviceCcmSwLibraryModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.iservice.ccm.sw.library.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwLibraryModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwLibraryModifyErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.iservice.ccm.sw.library.modify`: PATCH /v3/alipay/iservice/ccm/sw/library/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwLibraryModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwLibraryModify, { ccs_instance_id: '…', id: '…' });
 * ```
 */
export const alipayIserviceCcmSwLibraryModify: ApiDefinition<"alipay.iservice.ccm.sw.library.modify", AlipayIserviceCcmSwLibraryModifyRequest, AlipayIserviceCcmSwLibraryModifyResult, AlipayIserviceCcmSwLibraryModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.library.modify",
  'PATCH',
  () => ({ ccs_instance_id: 0, id: 0, name: 0 }),
  () => ({}),
);
