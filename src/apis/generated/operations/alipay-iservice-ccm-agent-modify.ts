// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type AgentChatInfo, AgentChatInfoShape } from '../models/AgentChatInfo.ts';
import { type AgentHotlineInfo, AgentHotlineInfoShape } from '../models/AgentHotlineInfo.ts';
import { type RoleId, RoleIdShape } from '../models/RoleId.ts';

/**
 * The request of `alipay.iservice.ccm.agent.modify` (POST /v3/alipay/iservice/ccm/agent/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmAgentModifyRequest = { answering_mode: '…', email: '…' };
 * ```
 */
export interface AlipayIserviceCcmAgentModifyRequest {
  answering_mode?: string;
  ccs_instance_ids?: string[];
  chat_configs?: AgentChatInfo[];
  email?: string;
  hotline_configs?: AgentHotlineInfo[];
  id?: string;
  mobile?: string;
  nick_name?: string;
  real_name?: string;
  role_ids?: RoleId[];
  updater_id?: string;
}

/**
 * The result of `alipay.iservice.ccm.agent.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmAgentModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayIserviceCcmAgentModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.iservice.ccm.agent.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmAgentModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmAgentModifyErrorCode = "INVALID_PARAMETER" | "INTERNAL_ERROR" | "TENENT_NOT_FOUND" | "DUPLICATE_NICK_NAME" | "INVALID_HOTLINE_ANSWERING_MODE" | "AGENT_NOT_EXISTS";

/**
 * `alipay.iservice.ccm.agent.modify`: POST /v3/alipay/iservice/ccm/agent/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmAgentModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmAgentModify, { answering_mode: '…', email: '…' });
 * ```
 */
export const alipayIserviceCcmAgentModify: ApiDefinition<"alipay.iservice.ccm.agent.modify", AlipayIserviceCcmAgentModifyRequest, AlipayIserviceCcmAgentModifyResult, AlipayIserviceCcmAgentModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.agent.modify",
  'POST',
  () => ({ answering_mode: 0, ccs_instance_ids: [0], chat_configs: [AgentChatInfoShape], email: 0, hotline_configs: [AgentHotlineInfoShape], id: 0, mobile: 0, nick_name: 0, real_name: 0, role_ids: [RoleIdShape], updater_id: 0 }),
  () => ({}),
);
