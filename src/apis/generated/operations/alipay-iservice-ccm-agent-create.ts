// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type AgentChatInfo, AgentChatInfoShape } from '../models/AgentChatInfo.ts';
import { type AgentHotlineInfo, AgentHotlineInfoShape } from '../models/AgentHotlineInfo.ts';
import { type RoleId, RoleIdShape } from '../models/RoleId.ts';

/**
 * The request of `alipay.iservice.ccm.agent.create` (POST /v3/alipay/iservice/ccm/agent/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmAgentCreateRequest = { answering_mode: '…', creator_id: '…' };
 * ```
 */
export interface AlipayIserviceCcmAgentCreateRequest {
  answering_mode?: string;
  ccs_instance_ids?: string[];
  chat_configs?: AgentChatInfo[];
  creator_id?: string;
  email?: string;
  external_user_id?: string;
  hotline_configs?: AgentHotlineInfo[];
  job_number?: string;
  mobile?: string;
  nick_name?: string;
  real_name?: string;
  role_ids?: RoleId[];
  user_channel?: string;
}

/**
 * The result of `alipay.iservice.ccm.agent.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmAgentCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmAgentCreateResult {
  id?: string;
}

/**
 * The error codes of `alipay.iservice.ccm.agent.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmAgentCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmAgentCreateErrorCode = "INVALID_PARAMETER" | "INTERNAL_ERROR" | "TENENT_NOT_FOUND" | "AGENT_CREATORID_IS_NULL" | "AGENT_NICKNAME_IS_NULL" | "AGENT_REALNAME_IS_NULL" | "AGENT_JOBNUMBER_IS_NULL" | "AGENT_USERCHANNEL_INVALID" | "AGENT_EXTERNALUSERID_IS_NULL" | "AGENT_ROLLIDS_IS_NULL" | "AGENT_CCSINSTANCEIDS_IS_NULL" | "INVALID_JOB_NUMBER" | "DUPLICATE_JOB_NUMBER" | "INVALID_HOTLINE_ANSWERING_MODE" | "ROLE_INSTANCE_INVALID" | "ROLE_NOT_EXISTS" | "UNKNOW_ERROR" | "SYSTEM_ERROR";

/**
 * `alipay.iservice.ccm.agent.create`: POST /v3/alipay/iservice/ccm/agent/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmAgentCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmAgentCreate, { answering_mode: '…', creator_id: '…' });
 * ```
 */
export const alipayIserviceCcmAgentCreate: ApiDefinition<"alipay.iservice.ccm.agent.create", AlipayIserviceCcmAgentCreateRequest, AlipayIserviceCcmAgentCreateResult, AlipayIserviceCcmAgentCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.agent.create",
  'POST',
  () => ({ answering_mode: 0, ccs_instance_ids: [0], chat_configs: [AgentChatInfoShape], creator_id: 0, email: 0, external_user_id: 0, hotline_configs: [AgentHotlineInfoShape], job_number: 0, mobile: 0, nick_name: 0, real_name: 0, role_ids: [RoleIdShape], user_channel: 0 }),
  () => ({ id: 0 }),
);
