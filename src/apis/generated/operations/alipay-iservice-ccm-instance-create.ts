// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.instance.create` (POST /v3/alipay/iservice/ccm/instance/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmInstanceCreateRequest = { creator_id: '…', description: '…' };
 * ```
 */
export interface AlipayIserviceCcmInstanceCreateRequest {
  creator_id?: string;
  description?: string;
  external_id?: string;
  name?: string;
}

/**
 * The result of `alipay.iservice.ccm.instance.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmInstanceCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmInstanceCreateResult {
  id?: string;
}

/**
 * The error codes of `alipay.iservice.ccm.instance.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmInstanceCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmInstanceCreateErrorCode = "INVALID_PARAMETER" | "INTERNAL_ERROR" | "TENENT_NOT_FOUND" | "UNKNOW_ERROR" | "SYSTEM_ERROR";

/**
 * `alipay.iservice.ccm.instance.create`: POST /v3/alipay/iservice/ccm/instance/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmInstanceCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmInstanceCreate, { creator_id: '…', description: '…' });
 * ```
 */
export const alipayIserviceCcmInstanceCreate: ApiDefinition<"alipay.iservice.ccm.instance.create", AlipayIserviceCcmInstanceCreateRequest, AlipayIserviceCcmInstanceCreateResult, AlipayIserviceCcmInstanceCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.instance.create",
  'POST',
  () => ({ creator_id: 0, description: 0, external_id: 0, name: 0 }),
  () => ({ id: 0 }),
);
