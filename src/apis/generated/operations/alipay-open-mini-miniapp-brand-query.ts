// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.miniapp.brand.query` (GET /v3/alipay/open/mini/miniapp/brand/query: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniMiniappBrandQueryRequest = {};
 * ```
 */
export type AlipayOpenMiniMiniappBrandQueryRequest = Record<string, never>;

/**
 * The result of `alipay.open.mini.miniapp.brand.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniMiniappBrandQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniMiniappBrandQueryResult {
  merchant_brand_list_result?: MerchantBrandListResult;
  miniapp_brand_audit_result?: MiniappBrandAuditResult;
}

/**
 * The error codes of `alipay.open.mini.miniapp.brand.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniMiniappBrandQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniMiniappBrandQueryErrorCode = "SYSTEM_ERROR";

/**
 * `BrandResult`, a model of Alipay's v3 description (in `alipay.open.mini.miniapp.brand.query`).
 *
 * @example
 * ```ts
 * const value: BrandResult = { brand_id: '…', brand_name: '…' };
 * ```
 */
export interface BrandResult {
  brand_id?: string;
  brand_name?: string;
}
const BrandResultShape = (): object => ({ brand_id: 0, brand_name: 0 });

/**
 * `MerchantBrandListResult`, a model of Alipay's v3 description (in `alipay.open.mini.miniapp.brand.query`).
 *
 * @example
 * ```ts
 * const value: MerchantBrandListResult = {};
 * ```
 */
export interface MerchantBrandListResult {
  brand_list_result?: BrandResult[];
}
const MerchantBrandListResultShape = (): object => ({ brand_list_result: [BrandResultShape] });

/**
 * `MiniappBrandAuditResult`, a model of Alipay's v3 description (in `alipay.open.mini.miniapp.brand.query`).
 *
 * @example
 * ```ts
 * const value: MiniappBrandAuditResult = { brand_id: '…', brand_name: '…' };
 * ```
 */
export interface MiniappBrandAuditResult {
  brand_id?: string;
  brand_name?: string;
  brand_status?: string;
  has_brand?: string;
  invalid_reason?: string;
  reject_reason?: string;
}
const MiniappBrandAuditResultShape = (): object => ({ brand_id: 0, brand_name: 0, brand_status: 0, has_brand: 0, invalid_reason: 0, reject_reason: 0 });

/**
 * `alipay.open.mini.miniapp.brand.query`: GET /v3/alipay/open/mini/miniapp/brand/query over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniMiniappBrandQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniMiniappBrandQuery, {});
 * ```
 */
export const alipayOpenMiniMiniappBrandQuery: ApiDefinition<"alipay.open.mini.miniapp.brand.query", AlipayOpenMiniMiniappBrandQueryRequest, AlipayOpenMiniMiniappBrandQueryResult, AlipayOpenMiniMiniappBrandQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.miniapp.brand.query",
  'GET',
  () => ({}),
  () => ({ merchant_brand_list_result: MerchantBrandListResultShape, miniapp_brand_audit_result: MiniappBrandAuditResultShape }),
);
