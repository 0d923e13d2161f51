// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.sw.spu.sync` (POST /v3/alipay/iservice/ccm/sw/spu/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwSpuSyncRequest = { brand: '…', category: '…' };
 * ```
 */
export interface AlipayIserviceCcmSwSpuSyncRequest {
  attribute?: SpuAttribute[];
  brand?: string;
  category?: string;
  description?: string;
  icon?: string;
  is_delete?: string;
  library_id?: number;
  library_name?: string;
  link_url?: string;
  original_price?: string;
  price?: string;
  spu_id?: string;
  status?: string;
  title?: string;
}

/**
 * The result of `alipay.iservice.ccm.sw.spu.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwSpuSyncResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmSwSpuSyncResult {
  spu_id?: string;
}

/**
 * The error codes of `alipay.iservice.ccm.sw.spu.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwSpuSyncErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwSpuSyncErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR";

/**
 * `SpuAttribute`, a model of Alipay's v3 description (in `alipay.iservice.ccm.sw.spu.sync`).
 *
 * @example
 * ```ts
 * const value: SpuAttribute = { name: '…' };
 * ```
 */
export interface SpuAttribute {
  name?: string;
  value?: string[];
}
const SpuAttributeShape = (): object => ({ name: 0, value: [0] });

/**
 * `alipay.iservice.ccm.sw.spu.sync`: POST /v3/alipay/iservice/ccm/sw/spu/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwSpuSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwSpuSync, { brand: '…', category: '…' });
 * ```
 */
export const alipayIserviceCcmSwSpuSync: ApiDefinition<"alipay.iservice.ccm.sw.spu.sync", AlipayIserviceCcmSwSpuSyncRequest, AlipayIserviceCcmSwSpuSyncResult, AlipayIserviceCcmSwSpuSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.spu.sync",
  'POST',
  () => ({ attribute: [SpuAttributeShape], brand: 0, category: 0, description: 0, icon: 0, is_delete: 0, library_id: 1, library_name: 0, link_url: 0, original_price: 0, price: 0, spu_id: 0, status: 0, title: 0 }),
  () => ({ spu_id: 0 }),
);
