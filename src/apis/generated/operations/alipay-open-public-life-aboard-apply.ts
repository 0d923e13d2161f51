// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.life.aboard.apply` (POST /v3/alipay/open/public/life/aboard/apply: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicLifeAboardApplyRequest = {};
 * ```
 */
export type AlipayOpenPublicLifeAboardApplyRequest = Record<string, never>;

/**
 * The result of `alipay.open.public.life.aboard.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicLifeAboardApplyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicLifeAboardApplyResult {
  result?: string;
}

/**
 * The error codes of `alipay.open.public.life.aboard.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicLifeAboardApplyErrorCode = "LIFE_ALREADY_ON_PLATFORM";
 * ```
 */
export type AlipayOpenPublicLifeAboardApplyErrorCode = "LIFE_ALREADY_ON_PLATFORM" | "LIFE_ILLEGAL_ISV_APP_ID" | "LIFE_NEED_SET_OTHERS" | "LIFE_NEED_SET_MENU" | "LIFE_HAS_MENU_LINK_ERROR" | "LIFE_STATUS_ERROR" | "LIFE_NO_SET_NAME" | "LIFE_NO_SET_LOGO" | "BUSINESS_ERROR";

/**
 * `alipay.open.public.life.aboard.apply`: POST /v3/alipay/open/public/life/aboard/apply over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicLifeAboardApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicLifeAboardApply, {});
 * ```
 */
export const alipayOpenPublicLifeAboardApply: ApiDefinition<"alipay.open.public.life.aboard.apply", AlipayOpenPublicLifeAboardApplyRequest, AlipayOpenPublicLifeAboardApplyResult, AlipayOpenPublicLifeAboardApplyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.life.aboard.apply",
  { verb: 'POST', body: 'none' },
  () => ({}),
  () => ({ result: 0 }),
);
