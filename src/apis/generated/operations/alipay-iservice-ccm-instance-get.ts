// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.instance.get` (GET /v3/alipay/iservice/ccm/instance/get: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmInstanceGetRequest = { id: "pYv_gs0m", external_id: "5544744" };
 * ```
 */
export interface AlipayIserviceCcmInstanceGetRequest {
  /** A query parameter (v3). */
  id?: string;
  /** A query parameter (v3). */
  external_id?: string;
}

/**
 * The result of `alipay.iservice.ccm.instance.get`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmInstanceGetResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmInstanceGetResult {
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

/**
 * The error codes of `alipay.iservice.ccm.instance.get` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmInstanceGetErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmInstanceGetErrorCode = "INVALID_PARAMETER" | "INTERNAL_ERROR" | "TENENT_NOT_FOUND";

/**
 * `alipay.iservice.ccm.instance.get`: GET /v3/alipay/iservice/ccm/instance/get over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmInstanceGet } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmInstanceGet, { id: "pYv_gs0m", external_id: "5544744" });
 * ```
 */
export const alipayIserviceCcmInstanceGet: ApiDefinition<"alipay.iservice.ccm.instance.get", AlipayIserviceCcmInstanceGetRequest, AlipayIserviceCcmInstanceGetResult, AlipayIserviceCcmInstanceGetErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.instance.get",
  { verb: 'GET', query: ["id", "external_id"] },
  () => ({ id: 0, external_id: 0 }),
  () => ({ create_time: 0, creator_id: 0, description: 0, external_id: 0, id: 0, name: 0, status: 0, update_time: 0, updater_id: 0 }),
);
