// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.isv.initialize` (POST /v3/alipay/iservice/ccm/isv/initialize: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmIsvInitializeRequest = { isv_pub_key: '…' };
 * ```
 */
export interface AlipayIserviceCcmIsvInitializeRequest {
  isv_pub_key?: string;
}

/**
 * The result of `alipay.iservice.ccm.isv.initialize`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmIsvInitializeResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmIsvInitializeResult {
  ccm_pub_key?: string;
}

/**
 * The error codes of `alipay.iservice.ccm.isv.initialize` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmIsvInitializeErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmIsvInitializeErrorCode = "INVALID_PARAMETER" | "PUBKEY_IMPORT_FAILED" | "PUBKEY_HAS_EXIST" | "CCM_KEY_GENERATE_FAILED" | "INTERNAL_ERROR";

/**
 * `alipay.iservice.ccm.isv.initialize`: POST /v3/alipay/iservice/ccm/isv/initialize over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmIsvInitialize } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmIsvInitialize, { isv_pub_key: '…' });
 * ```
 */
export const alipayIserviceCcmIsvInitialize: ApiDefinition<"alipay.iservice.ccm.isv.initialize", AlipayIserviceCcmIsvInitializeRequest, AlipayIserviceCcmIsvInitializeResult, AlipayIserviceCcmIsvInitializeErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.isv.initialize",
  'POST',
  () => ({ isv_pub_key: 0 }),
  () => ({ ccm_pub_key: 0 }),
);
