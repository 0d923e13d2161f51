// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ZMGOQuitConfig`, a model of Alipay's v3 description (in `zhima.merchant.zmgo.template.create`, `zhima.merchant.zmgo.template.query`).
 *
 * @example
 * ```ts
 * const value: ZMGOQuitConfig = { quit_desc: '…', quit_jump_url: '…' };
 * ```
 */
export interface ZMGOQuitConfig {
  quit_desc?: string;
  quit_jump_url?: string;
  quit_type?: string;
}
export const ZMGOQuitConfigShape = (): object => ({ quit_desc: 0, quit_jump_url: 0, quit_type: 0 });
