// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ItemSkuPropertyInfo, ItemSkuPropertyInfoShape } from './ItemSkuPropertyInfo.ts';
import { type MaterialInfo, MaterialInfoShape } from './MaterialInfo.ts';

/**
 * `CmItemSkuInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.item.open.batchquery`, `ant.merchant.expand.item.open.query`).
 *
 * @example
 * ```ts
 * const value: CmItemSkuInfo = { gmt_create: '…', gmt_modified: '…' };
 * ```
 */
export interface CmItemSkuInfo {
  gmt_create?: string;
  gmt_modified?: string;
  inventory?: number;
  item_id?: string;
  material_list?: MaterialInfo[];
  original_price?: number;
  price?: number;
  remain_inventory?: number;
  sku_id?: string;
  sku_property_list?: ItemSkuPropertyInfo[];
  status?: string;
}
export const CmItemSkuInfoShape = (): object => ({ gmt_create: 0, gmt_modified: 0, inventory: 1, item_id: 0, material_list: [MaterialInfoShape], original_price: 1, price: 1, remain_inventory: 1, sku_id: 0, sku_property_list: [ItemSkuPropertyInfoShape], status: 0 });
