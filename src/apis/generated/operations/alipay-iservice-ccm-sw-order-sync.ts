// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.sw.order.sync` (POST /v3/alipay/iservice/ccm/sw/order/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwOrderSyncRequest = { amount: '…', link_url: '…' };
 * ```
 */
export interface AlipayIserviceCcmSwOrderSyncRequest {
  amount?: string;
  link_url?: string;
  logistic_count?: number;
  logistics?: LogisticInfo[];
  order_create_time?: string;
  order_id?: string;
  order_type?: string;
  spu_count?: number;
  spus?: SpuInfo[];
  status?: string;
  sub_status?: string;
  user_id?: string;
}

/**
 * The result of `alipay.iservice.ccm.sw.order.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwOrderSyncResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmSwOrderSyncResult {
  order_id?: string;
}

/**
 * The error codes of `alipay.iservice.ccm.sw.order.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwOrderSyncErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwOrderSyncErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR";

/**
 * `LogisticInfo`, a model of Alipay's v3 description (in `alipay.iservice.ccm.sw.order.sync`).
 *
 * @example
 * ```ts
 * const value: LogisticInfo = { channel: '…', detail: '…' };
 * ```
 */
export interface LogisticInfo {
  channel?: string;
  detail?: string;
  logistic_id?: string;
  ship_area?: string;
  ship_period?: string;
  status?: string;
  stop_update_time?: string;
}
const LogisticInfoShape = (): object => ({ channel: 0, detail: 0, logistic_id: 0, ship_area: 0, ship_period: 0, status: 0, stop_update_time: 0 });

/**
 * `SpuInfo`, a model of Alipay's v3 description (in `alipay.iservice.ccm.sw.order.sync`).
 *
 * @example
 * ```ts
 * const value: SpuInfo = { brand: '…', category: '…' };
 * ```
 */
export interface SpuInfo {
  brand?: string;
  category?: string;
  count?: number;
  icon?: string;
  price?: string;
  provider?: string;
  spu_id?: string;
}
const SpuInfoShape = (): object => ({ brand: 0, category: 0, count: 1, icon: 0, price: 0, provider: 0, spu_id: 0 });

/**
 * `alipay.iservice.ccm.sw.order.sync`: POST /v3/alipay/iservice/ccm/sw/order/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwOrderSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwOrderSync, { amount: '…', link_url: '…' });
 * ```
 */
export const alipayIserviceCcmSwOrderSync: ApiDefinition<"alipay.iservice.ccm.sw.order.sync", AlipayIserviceCcmSwOrderSyncRequest, AlipayIserviceCcmSwOrderSyncResult, AlipayIserviceCcmSwOrderSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.order.sync",
  'POST',
  () => ({ amount: 0, link_url: 0, logistic_count: 1, logistics: [LogisticInfoShape], order_create_time: 0, order_id: 0, order_type: 0, spu_count: 1, spus: [SpuInfoShape], status: 0, sub_status: 0, user_id: 0 }),
  () => ({ order_id: 0 }),
);
