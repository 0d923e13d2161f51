// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.agent.schedulelog.query` (POST /v3/alipay/iservice/ccm/agent/schedulelog/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmAgentSchedulelogQueryRequest = { ccs_instance_id: '…', end_time: '…' };
 * ```
 */
export interface AlipayIserviceCcmAgentSchedulelogQueryRequest {
  agent_ids?: string[];
  ccs_instance_id?: string;
  end_time?: string;
  limit?: number;
  page_num?: number;
  page_size?: number;
  start_id?: number;
  start_time?: string;
}

/**
 * The result of `alipay.iservice.ccm.agent.schedulelog.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmAgentSchedulelogQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmAgentSchedulelogQueryResult {
  agent_schedule_logs?: AgentScheduleLog;
  page_num?: number;
  page_size?: number;
  total_count?: number;
}

/**
 * The error codes of `alipay.iservice.ccm.agent.schedulelog.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmAgentSchedulelogQueryErrorCode = "INVALID_PARAMS";
 * ```
 */
export type AlipayIserviceCcmAgentSchedulelogQueryErrorCode = "INVALID_PARAMS" | "BIZ_ERROR";

/**
 * `AgentScheduleLog`, a model of Alipay's v3 description (in `alipay.iservice.ccm.agent.schedulelog.query`).
 *
 * @example
 * ```ts
 * const value: AgentScheduleLog = { agent_id: '…', agent_name: '…' };
 * ```
 */
export interface AgentScheduleLog {
  agent_id?: string;
  agent_name?: string;
  create_time?: string;
  duration?: number;
  end_time?: string;
  external_user_no?: string;
  id?: string;
  last_status?: string;
  start_time?: string;
  status?: string;
}
const AgentScheduleLogShape = (): object => ({ agent_id: 0, agent_name: 0, create_time: 0, duration: 1, end_time: 0, external_user_no: 0, id: 0, last_status: 0, start_time: 0, status: 0 });

/**
 * `alipay.iservice.ccm.agent.schedulelog.query`: POST /v3/alipay/iservice/ccm/agent/schedulelog/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmAgentSchedulelogQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmAgentSchedulelogQuery, { ccs_instance_id: '…', end_time: '…' });
 * ```
 */
export const alipayIserviceCcmAgentSchedulelogQuery: ApiDefinition<"alipay.iservice.ccm.agent.schedulelog.query", AlipayIserviceCcmAgentSchedulelogQueryRequest, AlipayIserviceCcmAgentSchedulelogQueryResult, AlipayIserviceCcmAgentSchedulelogQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.agent.schedulelog.query",
  'POST',
  () => ({ agent_ids: [0], ccs_instance_id: 0, end_time: 0, limit: 1, page_num: 1, page_size: 1, start_id: 1, start_time: 0 }),
  () => ({ agent_schedule_logs: AgentScheduleLogShape, page_num: 1, page_size: 1, total_count: 1 }),
);
