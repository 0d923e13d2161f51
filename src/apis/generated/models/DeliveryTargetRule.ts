// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type DeliveryAvailableScope, DeliveryAvailableScopeShape } from './DeliveryAvailableScope.ts';
import { type DeliveryCityCodeRule, DeliveryCityCodeRuleShape } from './DeliveryCityCodeRule.ts';
import { type DeliveryCrowdRule, DeliveryCrowdRuleShape } from './DeliveryCrowdRule.ts';
import { type DeliveryMerchantInfo, DeliveryMerchantInfoShape } from './DeliveryMerchantInfo.ts';
import { type DeliveryMerchantRule, DeliveryMerchantRuleShape } from './DeliveryMerchantRule.ts';
import { type DeliverySearchBoxRule, DeliverySearchBoxRuleShape } from './DeliverySearchBoxRule.ts';
import { type DeliveryTemplateRule, DeliveryTemplateRuleShape } from './DeliveryTemplateRule.ts';

/**
 * `DeliveryTargetRule`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: DeliveryTargetRule = { delivery_merchant_mode: '…', delivery_promo_tags: '…' };
 * ```
 */
export interface DeliveryTargetRule {
  brand_id_list?: string[];
  delivery_available_scope?: DeliveryAvailableScope;
  delivery_city_code_rule?: DeliveryCityCodeRule;
  delivery_crowd_rule?: DeliveryCrowdRule;
  delivery_merchant_infos?: DeliveryMerchantInfo[];
  delivery_merchant_mode?: string;
  delivery_merchant_rule?: DeliveryMerchantRule;
  delivery_promo_tags?: string;
  delivery_recall_mode?: string;
  delivery_search_box_rule?: DeliverySearchBoxRule;
  delivery_template_rule?: DeliveryTemplateRule;
  delivery_type?: string;
}
export const DeliveryTargetRuleShape = (): object => ({ brand_id_list: [0], delivery_available_scope: DeliveryAvailableScopeShape, delivery_city_code_rule: DeliveryCityCodeRuleShape, delivery_crowd_rule: DeliveryCrowdRuleShape, delivery_merchant_infos: [DeliveryMerchantInfoShape], delivery_merchant_mode: 0, delivery_merchant_rule: DeliveryMerchantRuleShape, delivery_promo_tags: 0, delivery_recall_mode: 0, delivery_search_box_rule: DeliverySearchBoxRuleShape, delivery_template_rule: DeliveryTemplateRuleShape, delivery_type: 0 });
