// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ExpenseCtrRuleInfo, ExpenseCtrRuleInfoShape } from './ExpenseCtrRuleInfo.ts';

/**
 * `ExpenseCtrRuleGroupInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.expenserules.projectrule.create`, `alipay.ebpp.invoice.expenserules.projectrule.query`, `alipay.ebpp.invoice.expenserules.projectrules.modify`).
 *
 * @example
 * ```ts
 * const value: ExpenseCtrRuleGroupInfo = { expense_type: '…', group_id: '…' };
 * ```
 */
export interface ExpenseCtrRuleGroupInfo {
  expense_ctrl_rule_info_list?: ExpenseCtrRuleInfo[];
  expense_type?: string;
  group_id?: string;
  group_name?: string;
}
export const ExpenseCtrRuleGroupInfoShape = (): object => ({ expense_ctrl_rule_info_list: [ExpenseCtrRuleInfoShape], expense_type: 0, group_id: 0, group_name: 0 });
