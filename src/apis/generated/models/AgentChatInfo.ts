// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `AgentChatInfo`, a model of Alipay's v3 description (in `alipay.iservice.ccm.agent.create`, `alipay.iservice.ccm.agent.get`, `alipay.iservice.ccm.agent.modify` and 1 more).
 *
 * @example
 * ```ts
 * const value: AgentChatInfo = { ccs_instance_id: '…', group_id: '…' };
 * ```
 */
export interface AgentChatInfo {
  ccs_instance_id?: string;
  extended_group_ids?: string[];
  group_id?: string;
  level_id?: string;
}
export const AgentChatInfoShape = (): object => ({ ccs_instance_id: 0, extended_group_ids: [0], group_id: 0, level_id: 0 });
