// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.robot.avatarbase.query` (POST /v3/alipay/iservice/ccm/robot/avatarbase/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmRobotAvatarbaseQueryRequest = { commodity_code: '…', method_params: '…' };
 * ```
 */
export interface AlipayIserviceCcmRobotAvatarbaseQueryRequest {
  commodity_code?: string;
  method_params?: string;
  target_method?: string;
  tenant_code?: string;
}

/**
 * The result of `alipay.iservice.ccm.robot.avatarbase.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmRobotAvatarbaseQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmRobotAvatarbaseQueryResult {
  result?: string;
}

/**
 * The error codes of `alipay.iservice.ccm.robot.avatarbase.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmRobotAvatarbaseQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmRobotAvatarbaseQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "INTERNAL_ERROR" | "TENENT_NOT_FOUND" | "UNKNOW_ERROR";

/**
 * `alipay.iservice.ccm.robot.avatarbase.query`: POST /v3/alipay/iservice/ccm/robot/avatarbase/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmRobotAvatarbaseQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmRobotAvatarbaseQuery, { commodity_code: '…', method_params: '…' });
 * ```
 */
export const alipayIserviceCcmRobotAvatarbaseQuery: ApiDefinition<"alipay.iservice.ccm.robot.avatarbase.query", AlipayIserviceCcmRobotAvatarbaseQueryRequest, AlipayIserviceCcmRobotAvatarbaseQueryResult, AlipayIserviceCcmRobotAvatarbaseQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.robot.avatarbase.query",
  'POST',
  () => ({ commodity_code: 0, method_params: 0, target_method: 0, tenant_code: 0 }),
  () => ({ result: 0 }),
);
