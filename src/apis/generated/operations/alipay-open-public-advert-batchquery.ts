// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type AdvertItem, AdvertItemShape } from '../models/AdvertItem.ts';

/**
 * The request of `alipay.open.public.advert.batchquery` (POST /v3/alipay/open/public/advert/batchquery: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicAdvertBatchqueryRequest = {};
 * ```
 */
export type AlipayOpenPublicAdvertBatchqueryRequest = Record<string, never>;

/**
 * The result of `alipay.open.public.advert.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicAdvertBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicAdvertBatchqueryResult {
  advert_list?: Advert[];
  count?: number;
}

/**
 * The error codes of `alipay.open.public.advert.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicAdvertBatchqueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenPublicAdvertBatchqueryErrorCode = "SYSTEM_ERROR" | "BUSINESS_ERROR" | "APP_NO_AVAIABLE";

/**
 * `Advert`, a model of Alipay's v3 description (in `alipay.open.public.advert.batchquery`).
 *
 * @example
 * ```ts
 * const value: Advert = { advert_group: '…', advert_id: '…' };
 * ```
 */
export interface Advert {
  advert_group?: string;
  advert_id?: string;
  advert_items?: AdvertItem[];
  group_id?: string;
  mobile_client_type?: string;
}
const AdvertShape = (): object => ({ advert_group: 0, advert_id: 0, advert_items: [AdvertItemShape], group_id: 0, mobile_client_type: 0 });

/**
 * `alipay.open.public.advert.batchquery`: POST /v3/alipay/open/public/advert/batchquery over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicAdvertBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicAdvertBatchquery, {});
 * ```
 */
export const alipayOpenPublicAdvertBatchquery: ApiDefinition<"alipay.open.public.advert.batchquery", AlipayOpenPublicAdvertBatchqueryRequest, AlipayOpenPublicAdvertBatchqueryResult, AlipayOpenPublicAdvertBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.advert.batchquery",
  { verb: 'POST', body: 'none' },
  () => ({}),
  () => ({ advert_list: [AdvertShape], count: 1 }),
);
