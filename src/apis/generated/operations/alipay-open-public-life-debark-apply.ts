// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.life.debark.apply` (POST /v3/alipay/open/public/life/debark/apply: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicLifeDebarkApplyRequest = {};
 * ```
 */
export type AlipayOpenPublicLifeDebarkApplyRequest = Record<string, never>;

/**
 * The result of `alipay.open.public.life.debark.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicLifeDebarkApplyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicLifeDebarkApplyResult {
  result?: string;
}

/**
 * The error codes of `alipay.open.public.life.debark.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicLifeDebarkApplyErrorCode = "LIFE_ALREADY_DEBARK";
 * ```
 */
export type AlipayOpenPublicLifeDebarkApplyErrorCode = "LIFE_ALREADY_DEBARK" | "LIFE_ILLEGAL_ISV_APP_ID" | "BUSINESS_ERROR";

/**
 * `alipay.open.public.life.debark.apply`: POST /v3/alipay/open/public/life/debark/apply over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicLifeDebarkApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicLifeDebarkApply, {});
 * ```
 */
export const alipayOpenPublicLifeDebarkApply: ApiDefinition<"alipay.open.public.life.debark.apply", AlipayOpenPublicLifeDebarkApplyRequest, AlipayOpenPublicLifeDebarkApplyResult, AlipayOpenPublicLifeDebarkApplyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.life.debark.apply",
  { verb: 'POST', body: 'none' },
  () => ({}),
  () => ({ result: 0 }),
);
