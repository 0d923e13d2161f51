// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type AgentChatInfo, AgentChatInfoShape } from '../models/AgentChatInfo.ts';
import { type AgentHotlineInfo, AgentHotlineInfoShape } from '../models/AgentHotlineInfo.ts';
import { type RoleId, RoleIdShape } from '../models/RoleId.ts';

/**
 * The request of `alipay.iservice.ccm.agent.query` (POST /v3/alipay/iservice/ccm/agent/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmAgentQueryRequest = { answering_mode: '…', ccs_instance_id: '…' };
 * ```
 */
export interface AlipayIserviceCcmAgentQueryRequest {
  answering_mode?: string;
  ccs_instance_id?: string;
  chat_ext_group_ids?: string[];
  chat_group_ids?: string[];
  chat_level_ids?: string[];
  email?: string;
  hotline_group_ids?: string[];
  page_num?: number;
  page_size?: number;
  real_name?: string;
  role_ids?: string[];
}

/**
 * The result of `alipay.iservice.ccm.agent.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmAgentQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmAgentQueryResult {
  agents?: AgentVO[];
  page_num?: number;
  page_size?: number;
  total_count?: number;
}

/**
 * The error codes of `alipay.iservice.ccm.agent.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmAgentQueryErrorCode = "INTERNAL_ERROR";
 * ```
 */
export type AlipayIserviceCcmAgentQueryErrorCode = "INTERNAL_ERROR" | "TENENT_NOT_FOUND" | "INVALID_PARAMETER";

/**
 * `AgentVO`, a model of Alipay's v3 description (in `alipay.iservice.ccm.agent.query`).
 *
 * @example
 * ```ts
 * const value: AgentVO = { answering_mode: '…', avatar: '…' };
 * ```
 */
export interface AgentVO {
  answering_mode?: string;
  avatar?: string;
  ccs_instance_ids?: string[];
  chat_config?: AgentChatInfo[];
  create_time?: string;
  creator_id?: string;
  dingtalk_user_id?: string;
  email?: string;
  external_id?: string;
  hotline_config?: AgentHotlineInfo[];
  id?: string;
  job_number?: string;
  last_login_time?: string;
  mobile?: string;
  nick_name?: string;
  profile?: string;
  real_name?: string;
  role_ids?: RoleId[];
  status?: string;
  type?: string;
  update_time?: string;
  updater_id?: string;
}
const AgentVOShape = (): object => ({ answering_mode: 0, avatar: 0, ccs_instance_ids: [0], chat_config: [AgentChatInfoShape], create_time: 0, creator_id: 0, dingtalk_user_id: 0, email: 0, external_id: 0, hotline_config: [AgentHotlineInfoShape], id: 0, job_number: 0, last_login_time: 0, mobile: 0, nick_name: 0, profile: 0, real_name: 0, role_ids: [RoleIdShape], status: 0, type: 0, update_time: 0, updater_id: 0 });

/**
 * `alipay.iservice.ccm.agent.query`: POST /v3/alipay/iservice/ccm/agent/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmAgentQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmAgentQuery, { answering_mode: '…', ccs_instance_id: '…' });
 * ```
 */
export const alipayIserviceCcmAgentQuery: ApiDefinition<"alipay.iservice.ccm.agent.query", AlipayIserviceCcmAgentQueryRequest, AlipayIserviceCcmAgentQueryResult, AlipayIserviceCcmAgentQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.agent.query",
  'POST',
  () => ({ answering_mode: 0, ccs_instance_id: 0, chat_ext_group_ids: [0], chat_group_ids: [0], chat_level_ids: [0], email: 0, hotline_group_ids: [0], page_num: 1, page_size: 1, real_name: 0, role_ids: [0] }),
  () => ({ agents: [AgentVOShape], page_num: 1, page_size: 1, total_count: 1 }),
);
