// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.mobile.public.follow.list` (GET /v3/alipay/mobile/public/follow/list: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMobilePublicFollowListRequest = { biz_content: "{\"nextUserId\":\"2088102123322367\"}" };
 * ```
 */
export interface AlipayMobilePublicFollowListRequest {
  /** A query parameter (v3). */
  biz_content?: string;
}

/**
 * The result of `alipay.mobile.public.follow.list`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMobilePublicFollowListResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMobilePublicFollowListResult {
  /** Over v2 the gateway's envelope field of this name (text). */
  code?: number | string;
  count?: string;
  data?: Data;
  next_alipay_user_id?: string;
  next_user_id?: string;
}

/**
 * The error codes of `alipay.mobile.public.follow.list` from its error model (it lists none): an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * type Codes = AlipayMobilePublicFollowListErrorCode; // never: none listed
 * ```
 */
export type AlipayMobilePublicFollowListErrorCode = never;

/**
 * `Data`, a model of Alipay's v3 description (in `alipay.mobile.public.follow.list`).
 *
 * @example
 * ```ts
 * const value: Data = {};
 * ```
 */
export interface Data {
  alipay_open_id_list?: string[];
  alipay_user_id_list?: string[];
  open_id_list?: string[];
  user_id_list?: string[];
}
const DataShape = (): object => ({ alipay_open_id_list: [0], alipay_user_id_list: [0], open_id_list: [0], user_id_list: [0] });

/**
 * `alipay.mobile.public.follow.list`: GET /v3/alipay/mobile/public/follow/list over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMobilePublicFollowList } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMobilePublicFollowList, { biz_content: "{\"nextUserId\":\"2088102123322367\"}" });
 * ```
 */
export const alipayMobilePublicFollowList: ApiDefinition<"alipay.mobile.public.follow.list", AlipayMobilePublicFollowListRequest, AlipayMobilePublicFollowListResult, AlipayMobilePublicFollowListErrorCode> = /* @__PURE__ */ operation(
  "alipay.mobile.public.follow.list",
  { verb: 'GET', query: ["biz_content"] },
  () => ({ biz_content: 0 }),
  () => ({ code: 5, count: 0, data: DataShape, next_alipay_user_id: 0, next_user_id: 0 }),
);
