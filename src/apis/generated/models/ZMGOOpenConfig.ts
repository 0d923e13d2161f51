// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ZMGOOpenConfig`, a model of Alipay's v3 description (in `zhima.merchant.zmgo.template.create`, `zhima.merchant.zmgo.template.query`).
 *
 * @example
 * ```ts
 * const value: ZMGOOpenConfig = { apply_button_desc: '…', appoint_date: '…' };
 * ```
 */
export interface ZMGOOpenConfig {
  apply_button_desc?: string;
  appoint_date?: string;
  card_color_scheme?: string;
  custom_open_tip_list?: string;
  custom_open_tips?: string;
  freeze_amount?: string;
  min_sign_interval?: string;
  period_mode?: string;
  period_time?: string;
  show_sign_success_page?: boolean;
  sign_again_schema?: string;
  sign_success_task_button_desc?: string;
  /** @deprecated */
  support_expire_deferral?: boolean;
}
export const ZMGOOpenConfigShape = (): object => ({ apply_button_desc: 0, appoint_date: 0, card_color_scheme: 0, custom_open_tip_list: 0, custom_open_tips: 0, freeze_amount: 0, min_sign_interval: 0, period_mode: 0, period_time: 0, show_sign_success_page: 2, sign_again_schema: 0, sign_success_task_button_desc: 0, support_expire_deferral: 2 });
