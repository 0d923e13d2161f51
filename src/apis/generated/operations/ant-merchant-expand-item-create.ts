// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ItemExtInfo, ItemExtInfoShape } from '../models/ItemExtInfo.ts';

/**
 * The request of `ant.merchant.expand.item.create` (POST /v3/ant/merchant/expand/item/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandItemCreateRequest = { detail_url: '…', ext_info: '…' };
 * ```
 */
export interface AntMerchantExpandItemCreateRequest {
  detail_url?: string;
  ext_info?: string;
  external_item_id?: string;
  front_category_id?: string;
  label_list?: ItemLabelCreateInfo[];
  main_pic?: string;
  name?: string;
  scene?: string;
  sku_list?: ItemSkuCreateInfo[];
  target_id?: string;
  target_type?: string;
}

/**
 * The result of `ant.merchant.expand.item.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandItemCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AntMerchantExpandItemCreateResult {
  item_id?: string;
}

/**
 * The error codes of `ant.merchant.expand.item.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandItemCreateErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AntMerchantExpandItemCreateErrorCode = "SYSTEM_ERROR" | "DB_ERROR" | "ARGUMENT_NULL" | "ARGUMENT_ILLEGAL" | "ITEM_CATEGORY_NOT_EXIST" | "ITEM_IN_CATEGORY_NUM_LIMIT" | "ITEM_HAS_EXIST" | "ITEM_LABEL_NOT_EXIST" | "INFO_SEC_ERROR";

/**
 * `ItemLabelCreateInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.item.create`).
 *
 * @example
 * ```ts
 * const value: ItemLabelCreateInfo = { label_key: '…', label_value: '…' };
 * ```
 */
export interface ItemLabelCreateInfo {
  label_key?: string;
  label_value?: string;
}
const ItemLabelCreateInfoShape = (): object => ({ label_key: 0, label_value: 0 });

/**
 * `ItemSkuCreateInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.item.create`).
 *
 * @example
 * ```ts
 * const value: ItemSkuCreateInfo = { cost_price: 1, external_sku_id: '…' };
 * ```
 */
export interface ItemSkuCreateInfo {
  cost_price?: number;
  ext_info?: ItemExtInfo[];
  external_sku_id?: string;
  inventory?: number;
  original_price?: number;
  price?: number;
}
const ItemSkuCreateInfoShape = (): object => ({ cost_price: 1, ext_info: [ItemExtInfoShape], external_sku_id: 0, inventory: 1, original_price: 1, price: 1 });

/**
 * `ant.merchant.expand.item.create`: POST /v3/ant/merchant/expand/item/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandItemCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandItemCreate, { detail_url: '…', ext_info: '…' });
 * ```
 */
export const antMerchantExpandItemCreate: ApiDefinition<"ant.merchant.expand.item.create", AntMerchantExpandItemCreateRequest, AntMerchantExpandItemCreateResult, AntMerchantExpandItemCreateErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.item.create",
  'POST',
  () => ({ detail_url: 0, ext_info: 0, external_item_id: 0, front_category_id: 0, label_list: [ItemLabelCreateInfoShape], main_pic: 0, name: 0, scene: 0, sku_list: [ItemSkuCreateInfoShape], target_id: 0, target_type: 0 }),
  () => ({ item_id: 0 }),
);
