// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type DeliveryActivityContentInfo, DeliveryActivityContentInfoShape } from './DeliveryActivityContentInfo.ts';
import { type DeliveryDisplayInfo, DeliveryDisplayInfoShape } from './DeliveryDisplayInfo.ts';
import { type DeliveryItemContentInfo, DeliveryItemContentInfoShape } from './DeliveryItemContentInfo.ts';
import { type DeliveryMiniAppContentInfo, DeliveryMiniAppContentInfoShape } from './DeliveryMiniAppContentInfo.ts';

/**
 * `DeliveryContentInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: DeliveryContentInfo = { delivery_content_type: '…' };
 * ```
 */
export interface DeliveryContentInfo {
  delivery_activity_content?: DeliveryActivityContentInfo;
  delivery_app_content?: DeliveryMiniAppContentInfo;
  delivery_content_type?: string;
  delivery_display_info?: DeliveryDisplayInfo;
  delivery_item_content?: DeliveryItemContentInfo;
}
export const DeliveryContentInfoShape = (): object => ({ delivery_activity_content: DeliveryActivityContentInfoShape, delivery_app_content: DeliveryMiniAppContentInfoShape, delivery_content_type: 0, delivery_display_info: DeliveryDisplayInfoShape, delivery_item_content: DeliveryItemContentInfoShape });
