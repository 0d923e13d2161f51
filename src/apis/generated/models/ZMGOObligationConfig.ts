// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ZMGOObligationConfig`, a model of Alipay's v3 description (in `zhima.merchant.zmgo.template.create`, `zhima.merchant.zmgo.template.query`).
 *
 * @example
 * ```ts
 * const value: ZMGOObligationConfig = { benefit_url: '…', obligation_amount: '…' };
 * ```
 */
export interface ZMGOObligationConfig {
  benefit_url?: string;
  obligation_amount?: string;
  obligation_template?: string;
  obligation_times?: string;
  promise_type_desc?: string;
  task_progress_redirect_schema?: string;
}
export const ZMGOObligationConfigShape = (): object => ({ benefit_url: 0, obligation_amount: 0, obligation_template: 0, obligation_times: 0, promise_type_desc: 0, task_progress_redirect_schema: 0 });
