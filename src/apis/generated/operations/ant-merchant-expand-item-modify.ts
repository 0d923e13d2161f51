// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ItemExtInfo, ItemExtInfoShape } from '../models/ItemExtInfo.ts';

/**
 * The request of `ant.merchant.expand.item.modify` (POST /v3/ant/merchant/expand/item/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandItemModifyRequest = { detail_url: '…', ext_info: '…' };
 * ```
 */
export interface AntMerchantExpandItemModifyRequest {
  detail_url?: string;
  ext_info?: string;
  external_item_id?: string;
  front_category_id?: string;
  item_id?: string;
  label_list?: ItemLabelModifyInfo[];
  main_pic?: string;
  name?: string;
  op_timestamp?: number;
  scene?: string;
  sku_list?: ItemSkuModifyInfo[];
  status?: string;
}

/**
 * The result of `ant.merchant.expand.item.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandItemModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AntMerchantExpandItemModifyResult {
  item_id?: string;
}

/**
 * The error codes of `ant.merchant.expand.item.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandItemModifyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AntMerchantExpandItemModifyErrorCode = "SYSTEM_ERROR" | "DB_ERROR" | "ARGUMENT_NULL" | "ARGUMENT_ILLEGAL" | "ITEM_NOT_EXIST" | "ITEM_CATEGORY_NOT_EXIST" | "ITEM_SKU_NOT_EXIST" | "ITEM_IN_CATEGORY_NUM_LIMIT" | "ITEM_HAS_EXIST" | "INFO_SEC_ERROR";

/**
 * `ItemLabelModifyInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.item.modify`).
 *
 * @example
 * ```ts
 * const value: ItemLabelModifyInfo = { label_key: '…', label_value: '…' };
 * ```
 */
export interface ItemLabelModifyInfo {
  label_key?: string;
  label_value?: string;
}
const ItemLabelModifyInfoShape = (): object => ({ label_key: 0, label_value: 0 });

/**
 * `ItemSkuModifyInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.item.modify`).
 *
 * @example
 * ```ts
 * const value: ItemSkuModifyInfo = { cost_price: 1, external_sku_id: '…' };
 * ```
 */
export interface ItemSkuModifyInfo {
  cost_price?: number;
  ext_info?: ItemExtInfo[];
  external_sku_id?: string;
  inventory?: number;
  original_price?: number;
  price?: number;
  sku_id?: string;
  status?: string;
}
const ItemSkuModifyInfoShape = (): object => ({ cost_price: 1, ext_info: [ItemExtInfoShape], external_sku_id: 0, inventory: 1, original_price: 1, price: 1, sku_id: 0, status: 0 });

/**
 * `ant.merchant.expand.item.modify`: POST /v3/ant/merchant/expand/item/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandItemModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandItemModify, { detail_url: '…', ext_info: '…' });
 * ```
 */
export const antMerchantExpandItemModify: ApiDefinition<"ant.merchant.expand.item.modify", AntMerchantExpandItemModifyRequest, AntMerchantExpandItemModifyResult, AntMerchantExpandItemModifyErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.item.modify",
  'POST',
  () => ({ detail_url: 0, ext_info: 0, external_item_id: 0, front_category_id: 0, item_id: 0, label_list: [ItemLabelModifyInfoShape], main_pic: 0, name: 0, op_timestamp: 1, scene: 0, sku_list: [ItemSkuModifyInfoShape], status: 0 }),
  () => ({ item_id: 0 }),
);
