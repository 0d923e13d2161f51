// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type AgentChatInfo, AgentChatInfoShape } from '../models/AgentChatInfo.ts';
import { type AgentHotlineInfo, AgentHotlineInfoShape } from '../models/AgentHotlineInfo.ts';
import { type RoleId, RoleIdShape } from '../models/RoleId.ts';

/**
 * The request of `alipay.iservice.ccm.agent.get` (GET /v3/alipay/iservice/ccm/agent/get: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmAgentGetRequest = { id: "2018101801902073", job_number: "0001" };
 * ```
 */
export interface AlipayIserviceCcmAgentGetRequest {
  /** A query parameter (v3). */
  id?: string;
  /** A query parameter (v3). */
  job_number?: string;
  /** A query parameter (v3). */
  user_channel?: string;
  /** A query parameter (v3). */
  external_user_id?: string;
}

/**
 * The result of `alipay.iservice.ccm.agent.get`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmAgentGetResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmAgentGetResult {
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

/**
 * The error codes of `alipay.iservice.ccm.agent.get` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmAgentGetErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmAgentGetErrorCode = "INVALID_PARAMETER" | "AGENT_NOT_EXISTS" | "INTERNAL_ERROR" | "TENENT_NOT_FOUND";

/**
 * `alipay.iservice.ccm.agent.get`: GET /v3/alipay/iservice/ccm/agent/get over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmAgentGet } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmAgentGet, { id: "2018101801902073", job_number: "0001" });
 * ```
 */
export const alipayIserviceCcmAgentGet: ApiDefinition<"alipay.iservice.ccm.agent.get", AlipayIserviceCcmAgentGetRequest, AlipayIserviceCcmAgentGetResult, AlipayIserviceCcmAgentGetErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.agent.get",
  { verb: 'GET', query: ["id", "job_number", "user_channel", "external_user_id"] },
  () => ({ id: 0, job_number: 0, user_channel: 0, external_user_id: 0 }),
  () => ({ answering_mode: 0, avatar: 0, ccs_instance_ids: [0], chat_config: [AgentChatInfoShape], create_time: 0, creator_id: 0, dingtalk_user_id: 0, email: 0, external_id: 0, hotline_config: [AgentHotlineInfoShape], id: 0, job_number: 0, last_login_time: 0, mobile: 0, nick_name: 0, profile: 0, real_name: 0, role_ids: [RoleIdShape], status: 0, type: 0, update_time: 0, updater_id: 0 }),
);
