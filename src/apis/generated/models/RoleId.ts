// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `RoleId`, a model of Alipay's v3 description (in `alipay.iservice.ccm.agent.create`, `alipay.iservice.ccm.agent.get`, `alipay.iservice.ccm.agent.modify` and 1 more).
 *
 * @example
 * ```ts
 * const value: RoleId = { ccs_instance_id: '…', role_id: '…' };
 * ```
 */
export interface RoleId {
  ccs_instance_id?: string;
  role_id?: string;
}
export const RoleIdShape = (): object => ({ ccs_instance_id: 0, role_id: 0 });
