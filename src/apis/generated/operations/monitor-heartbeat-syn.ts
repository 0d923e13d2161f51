// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `monitor.heartbeat.syn` (POST /v3/monitor/heartbeat/syn: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: MonitorHeartbeatSynRequest = { biz_content: '…' };
 * ```
 */
export interface MonitorHeartbeatSynRequest {
  biz_content?: string;
}

/**
 * The result of `monitor.heartbeat.syn`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: MonitorHeartbeatSynResult) {
 *   return result;
 * }
 * ```
 */
export interface MonitorHeartbeatSynResult {
  pid?: string;
}

/**
 * The error codes of `monitor.heartbeat.syn` from its error model (it lists none): an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * type Codes = MonitorHeartbeatSynErrorCode; // never: none listed
 * ```
 */
export type MonitorHeartbeatSynErrorCode = never;

/**
 * `monitor.heartbeat.syn`: POST /v3/monitor/heartbeat/syn over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { monitorHeartbeatSyn } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(monitorHeartbeatSyn, { biz_content: '…' });
 * ```
 */
export const monitorHeartbeatSyn: ApiDefinition<"monitor.heartbeat.syn", MonitorHeartbeatSynRequest, MonitorHeartbeatSynResult, MonitorHeartbeatSynErrorCode> = /* @__PURE__ */ operation(
  "monitor.heartbeat.syn",
  'POST',
  () => ({ biz_content: 0 }),
  () => ({ pid: 0 }),
);
