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
 * The request of `zhima.merchant.zmgo.template.query` (GET /v3/zhima/merchant/zmgo/template/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: ZhimaMerchantZmgoTemplateQueryRequest = { template_no: "ZMGO_TPL2021061601004538", partner_id: "208830****697946" };
 * ```
 */
export interface ZhimaMerchantZmgoTemplateQueryRequest {
  /** A query parameter (v3). */
  template_no?: string;
  /** A query parameter (v3). */
  partner_id?: string;
}

/**
 * The result of `zhima.merchant.zmgo.template.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaMerchantZmgoTemplateQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaMerchantZmgoTemplateQueryResult {
  basic_config?: ZMGOBasicConfig;
  ext_config?: ZMGOExtConfig;
  obligation_config?: ZMGOObligationConfig;
  open_config?: ZMGOOpenConfig;
  quit_config?: ZMGOQuitConfig;
  right_config?: ZMGORightConfig;
  settlement_config?: ZMGOSettlementConfig;
}

/**
 * The error codes of `zhima.merchant.zmgo.template.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaMerchantZmgoTemplateQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type ZhimaMerchantZmgoTemplateQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "REQUEST_ACCESS_ILLEGAL";

/**
 * `zhima.merchant.zmgo.template.query`: GET /v3/zhima/merchant/zmgo/template/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaMerchantZmgoTemplateQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaMerchantZmgoTemplateQuery, { template_no: "ZMGO_TPL2021061601004538", partner_id: "208830****697946" });
 * ```
 */
export const zhimaMerchantZmgoTemplateQuery: ApiDefinition<"zhima.merchant.zmgo.template.query", ZhimaMerchantZmgoTemplateQueryRequest, ZhimaMerchantZmgoTemplateQueryResult, ZhimaMerchantZmgoTemplateQueryErrorCode> = /* @__PURE__ */ operation(
  "zhima.merchant.zmgo.template.query",
  { verb: 'GET', query: ["template_no", "partner_id"] },
  () => ({ template_no: 0, partner_id: 0 }),
  () => ({ basic_config: ZMGOBasicConfigShape, ext_config: ZMGOExtConfigShape, obligation_config: ZMGOObligationConfigShape, open_config: ZMGOOpenConfigShape, quit_config: ZMGOQuitConfigShape, right_config: ZMGORightConfigShape, settlement_config: ZMGOSettlementConfigShape }),
);
