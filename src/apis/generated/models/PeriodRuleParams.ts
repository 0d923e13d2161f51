// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type SceneRuleParams, SceneRuleParamsShape } from './SceneRuleParams.ts';

/**
 * `PeriodRuleParams`, a model of Alipay's v3 description (in `alipay.trade.create`, `alipay.user.agreement.transfer`).
 *
 * @example
 * ```ts
 * const value: PeriodRuleParams = { execute_time: '…', period: 1 };
 * ```
 */
export interface PeriodRuleParams {
  execute_time?: string;
  period?: number;
  period_type?: string;
  scene_rule_params?: SceneRuleParams;
  single_amount?: string;
  total_amount?: string;
  total_payments?: number;
}
export const PeriodRuleParamsShape = (): object => ({ execute_time: 0, period: 1, period_type: 0, scene_rule_params: SceneRuleParamsShape, single_amount: 0, total_amount: 0, total_payments: 1 });
