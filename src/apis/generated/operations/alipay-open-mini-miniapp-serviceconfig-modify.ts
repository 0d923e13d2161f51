// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.miniapp.serviceconfig.modify` (POST /v3/alipay/open/mini/miniapp/serviceconfig/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniMiniappServiceconfigModifyRequest = { home_open: true, service_config: '…' };
 * ```
 */
export interface AlipayOpenMiniMiniappServiceconfigModifyRequest {
  home_open?: boolean;
  service_config?: string;
}

/**
 * The result of `alipay.open.mini.miniapp.serviceconfig.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniMiniappServiceconfigModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniMiniappServiceconfigModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.miniapp.serviceconfig.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniMiniappServiceconfigModifyErrorCode = "BIZ_ERROR";
 * ```
 */
export type AlipayOpenMiniMiniappServiceconfigModifyErrorCode = "BIZ_ERROR" | "INVALID_PARAMETER" | "SYSTEM_ERROR";

/**
 * `alipay.open.mini.miniapp.serviceconfig.modify`: POST /v3/alipay/open/mini/miniapp/serviceconfig/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniMiniappServiceconfigModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniMiniappServiceconfigModify, { home_open: true, service_config: '…' });
 * ```
 */
export const alipayOpenMiniMiniappServiceconfigModify: ApiDefinition<"alipay.open.mini.miniapp.serviceconfig.modify", AlipayOpenMiniMiniappServiceconfigModifyRequest, AlipayOpenMiniMiniappServiceconfigModifyResult, AlipayOpenMiniMiniappServiceconfigModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.miniapp.serviceconfig.modify",
  'POST',
  () => ({ home_open: 2, service_config: 0 }),
  () => ({}),
);
