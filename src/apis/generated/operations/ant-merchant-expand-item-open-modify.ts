// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ItemExtInfo, ItemExtInfoShape } from '../models/ItemExtInfo.ts';
import { type ItemPropertyInfo, ItemPropertyInfoShape } from '../models/ItemPropertyInfo.ts';
import { type ItemSkuPropertyInfo, ItemSkuPropertyInfoShape } from '../models/ItemSkuPropertyInfo.ts';

/**
 * The request of `ant.merchant.expand.item.open.modify` (POST /v3/ant/merchant/expand/item/open/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandItemOpenModifyRequest = { description: '…', item_id: '…' };
 * ```
 */
export interface AntMerchantExpandItemOpenModifyRequest {
  description?: string;
  ext_info?: ItemExtInfo[];
  item_id?: string;
  material_list?: MaterialModifyInfo[];
  name?: string;
  property_list?: ItemPropertyInfo[];
  sku_list?: SkuModifyInfo[];
  standard_category_id?: string;
  status?: string;
  type?: string;
}

/**
 * The result of `ant.merchant.expand.item.open.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandItemOpenModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AntMerchantExpandItemOpenModifyResult = Record<string, never>;

/**
 * The error codes of `ant.merchant.expand.item.open.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandItemOpenModifyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AntMerchantExpandItemOpenModifyErrorCode = "SYSTEM_ERROR" | "DB_ERROR" | "ARGUMENT_NULL" | "ARGUMENT_ILLEGAL" | "ITEM_NOT_EXIST" | "ITEM_CATEGORY_NOT_EXIST" | "INFO_SEC_ERROR" | "NO_PERMISSION";

/**
 * `MaterialModifyInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.item.open.modify`).
 *
 * @example
 * ```ts
 * const value: MaterialModifyInfo = { content: '…', type: '…' };
 * ```
 */
export interface MaterialModifyInfo {
  content?: string;
  type?: string;
}
const MaterialModifyInfoShape = (): object => ({ content: 0, type: 0 });

/**
 * `SkuModifyInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.item.open.modify`).
 *
 * @example
 * ```ts
 * const value: SkuModifyInfo = { inventory: 1, original_price: 1 };
 * ```
 */
export interface SkuModifyInfo {
  inventory?: number;
  material_list?: MaterialModifyInfo[];
  original_price?: number;
  price?: number;
  property_list?: ItemSkuPropertyInfo[];
  sku_id?: string;
}
const SkuModifyInfoShape = (): object => ({ inventory: 1, material_list: [MaterialModifyInfoShape], original_price: 1, price: 1, property_list: [ItemSkuPropertyInfoShape], sku_id: 0 });

/**
 * `ant.merchant.expand.item.open.modify`: POST /v3/ant/merchant/expand/item/open/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandItemOpenModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandItemOpenModify, { description: '…', item_id: '…' });
 * ```
 */
export const antMerchantExpandItemOpenModify: ApiDefinition<"ant.merchant.expand.item.open.modify", AntMerchantExpandItemOpenModifyRequest, AntMerchantExpandItemOpenModifyResult, AntMerchantExpandItemOpenModifyErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.item.open.modify",
  'POST',
  () => ({ description: 0, ext_info: [ItemExtInfoShape], item_id: 0, material_list: [MaterialModifyInfoShape], name: 0, property_list: [ItemPropertyInfoShape], sku_list: [SkuModifyInfoShape], standard_category_id: 0, status: 0, type: 0 }),
  () => ({}),
);
