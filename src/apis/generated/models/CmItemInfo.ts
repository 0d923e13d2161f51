// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type CmItemSkuInfo, CmItemSkuInfoShape } from './CmItemSkuInfo.ts';
import { type ItemExtInfo, ItemExtInfoShape } from './ItemExtInfo.ts';
import { type ItemPropertyInfo, ItemPropertyInfoShape } from './ItemPropertyInfo.ts';
import { type MaterialInfo, MaterialInfoShape } from './MaterialInfo.ts';

/**
 * `CmItemInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.item.open.batchquery`, `ant.merchant.expand.item.open.query`).
 *
 * @example
 * ```ts
 * const value: CmItemInfo = { description: '…', gmt_create: '…' };
 * ```
 */
export interface CmItemInfo {
  description?: string;
  ext_info?: ItemExtInfo[];
  front_category_id_list?: string[];
  gmt_create?: string;
  gmt_modified?: string;
  item_id?: string;
  material_list?: MaterialInfo[];
  name?: string;
  property_list?: ItemPropertyInfo[];
  sku_list?: CmItemSkuInfo[];
  standard_category_id?: string;
  status?: string;
  target_id?: string;
  target_type?: string;
  type?: string;
}
export const CmItemInfoShape = (): object => ({ description: 0, ext_info: [ItemExtInfoShape], front_category_id_list: [0], gmt_create: 0, gmt_modified: 0, item_id: 0, material_list: [MaterialInfoShape], name: 0, property_list: [ItemPropertyInfoShape], sku_list: [CmItemSkuInfoShape], standard_category_id: 0, status: 0, target_id: 0, target_type: 0, type: 0 });
