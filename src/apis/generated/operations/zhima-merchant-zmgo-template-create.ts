// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ZMGOBasicConfig, ZMGOBasicConfigShape } from '../models/ZMGOBasicConfig.ts';
import { type ZMGOExtConfig, ZMGOExtConfigShape } from '../models/ZMGOExtConfig.ts';
import { type ZMGOObligationConfig, ZMGOObligationConfigShape } from '../models/ZMGOObligationConfig.ts';
import { type ZMGOOpenConfig, ZMGOOpenConfigShape } from '../models/ZMGOOpenConfig.ts';
import { type ZMGOQuitConfig, ZMGOQuitConfigShape } from '../models/ZMGOQuitConfig.ts';
import { type ZMGORightConfig, ZMGORightConfigShape } from '../models/ZMGORightConfig.ts';
import { type ZMGOSettlementConfig, ZMGOSettlementConfigShape } from '../models/ZMGOSettlementConfig.ts';

/**
 * The request of `zhima.merchant.zmgo.template.create` (POST /v3/zhima/merchant/zmgo/template/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: ZhimaMerchantZmgoTemplateCreateRequest = {};
 * ```
 */
export interface ZhimaMerchantZmgoTemplateCreateRequest {
  basic_config?: ZMGOBasicConfig;
  ext_config?: ZMGOExtConfig;
  obligation_config?: ZMGOObligationConfig;
  open_config?: ZMGOOpenConfig;
  quit_config?: ZMGOQuitConfig;
  right_config?: ZMGORightConfig;
  settlement_config?: ZMGOSettlementConfig;
}

/**
 * The result of `zhima.merchant.zmgo.template.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaMerchantZmgoTemplateCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaMerchantZmgoTemplateCreateResult {
  template_no?: string;
}

/**
 * The error codes of `zhima.merchant.zmgo.template.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaMerchantZmgoTemplateCreateErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type ZhimaMerchantZmgoTemplateCreateErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "CHECK_DEFAULT_VALUE_FAIL" | "INVALID_CYCLE_FLEX_WITHHOLD_CONFIG" | "INVALID_FULFILL_TIMES_SETTLE_PLAN" | "INVALID_FREEZE_AMOUNT" | "INVALID_CUSTOM_OPEN_TIP_LIST" | "INVALID_SETTLEMENT_TYPE" | "INVALID_QUIT_TYPE" | "INVALID_BIZ_TYPE" | "INVALID_PERIOD_MODE" | "INVALID_APPOINT_DATE" | "INVALID_PERIOD_TIME" | "REQUEST_ACCESS_ILLEGAL" | "INVALID_TEXT_CONTENT_FILL_VARIABLE" | "INVALID_TEXT_CONTENT_FILL_RULEID" | "CUSTOM_MERCHANT_LOGO_PREFIX_ILLEGAL" | "CONTENT_SEC_CHECK_FAIL";

/**
 * `zhima.merchant.zmgo.template.create`: POST /v3/zhima/merchant/zmgo/template/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaMerchantZmgoTemplateCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaMerchantZmgoTemplateCreate, {});
 * ```
 */
export const zhimaMerchantZmgoTemplateCreate: ApiDefinition<"zhima.merchant.zmgo.template.create", ZhimaMerchantZmgoTemplateCreateRequest, ZhimaMerchantZmgoTemplateCreateResult, ZhimaMerchantZmgoTemplateCreateErrorCode> = /* @__PURE__ */ operation(
  "zhima.merchant.zmgo.template.create",
  'POST',
  () => ({ basic_config: ZMGOBasicConfigShape, ext_config: ZMGOExtConfigShape, obligation_config: ZMGOObligationConfigShape, open_config: ZMGOOpenConfigShape, quit_config: ZMGOQuitConfigShape, right_config: ZMGORightConfigShape, settlement_config: ZMGOSettlementConfigShape }),
  () => ({ template_no: 0 }),
);
