// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ItemExtInfo, ItemExtInfoShape } from '../models/ItemExtInfo.ts';
import { type ItemPropertyInfo, ItemPropertyInfoShape } from '../models/ItemPropertyInfo.ts';
import { type ItemSkuPropertyInfo, ItemSkuPropertyInfoShape } from '../models/ItemSkuPropertyInfo.ts';

/**
 * The request of `ant.merchant.expand.item.open.create` (POST /v3/ant/merchant/expand/item/open/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandItemOpenCreateRequest = { description: '…', name: '…' };
 * ```
 */
export interface AntMerchantExpandItemOpenCreateRequest {
  description?: string;
  ext_info?: ItemExtInfo[];
  material_list?: MaterialCreateInfo[];
  name?: string;
  property_list?: ItemPropertyInfo[];
  scene?: string;
  sku_list?: SkuCreateInfo[];
  standard_category_id?: string;
  target_id?: string;
  target_type?: string;
  type?: string;
}

/**
 * The result of `ant.merchant.expand.item.open.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandItemOpenCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AntMerchantExpandItemOpenCreateResult {
  item_id?: string;
}

/**
 * The error codes of `ant.merchant.expand.item.open.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandItemOpenCreateErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AntMerchantExpandItemOpenCreateErrorCode = "SYSTEM_ERROR" | "DB_ERROR" | "ARGUMENT_NULL" | "ARGUMENT_ILLEGAL" | "ITEM_CATEGORY_NOT_EXIST" | "INFO_SEC_ERROR" | "NO_PERMISSION";

/**
 * `MaterialCreateInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.item.open.create`).
 *
 * @example
 * ```ts
 * const value: MaterialCreateInfo = { content: '…', type: '…' };
 * ```
 */
export interface MaterialCreateInfo {
  content?: string;
  type?: string;
}
const MaterialCreateInfoShape = (): object => ({ content: 0, type: 0 });

/**
 * `SkuCreateInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.item.open.create`).
 *
 * @example
 * ```ts
 * const value: SkuCreateInfo = { inventory: 1, original_price: 1 };
 * ```
 */
export interface SkuCreateInfo {
  inventory?: number;
  material_list?: MaterialCreateInfo[];
  original_price?: number;
  price?: number;
  property_list?: ItemSkuPropertyInfo[];
}
const SkuCreateInfoShape = (): object => ({ inventory: 1, material_list: [MaterialCreateInfoShape], original_price: 1, price: 1, property_list: [ItemSkuPropertyInfoShape] });

/**
 * `ant.merchant.expand.item.open.create`: POST /v3/ant/merchant/expand/item/open/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandItemOpenCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandItemOpenCreate, { description: '…', name: '…' });
 * ```
 */
export const antMerchantExpandItemOpenCreate: ApiDefinition<"ant.merchant.expand.item.open.create", AntMerchantExpandItemOpenCreateRequest, AntMerchantExpandItemOpenCreateResult, AntMerchantExpandItemOpenCreateErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.item.open.create",
  'POST',
  () => ({ description: 0, ext_info: [ItemExtInfoShape], material_list: [MaterialCreateInfoShape], name: 0, property_list: [ItemPropertyInfoShape], scene: 0, sku_list: [SkuCreateInfoShape], standard_category_id: 0, target_id: 0, target_type: 0, type: 0 }),
  () => ({ item_id: 0 }),
);
