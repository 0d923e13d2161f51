// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.service.initialize` (POST /v3/alipay/iservice/ccm/service/initialize: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmServiceInitializeRequest = { description: '…', icon: '…' };
 * ```
 */
export interface AlipayIserviceCcmServiceInitializeRequest {
  description?: string;
  icon?: string;
  service_code?: string;
  service_name?: string;
  service_order_url?: string;
  spis?: IsvSpiDefinition[];
}

/**
 * The result of `alipay.iservice.ccm.service.initialize`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmServiceInitializeResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmServiceInitializeResult {
  spi_ids?: SpiResult[];
}

/**
 * The error codes of `alipay.iservice.ccm.service.initialize` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmServiceInitializeErrorCode = "INTERNAL_ERROR";
 * ```
 */
export type AlipayIserviceCcmServiceInitializeErrorCode = "INTERNAL_ERROR" | "INVALID_PARAMETER" | "APP_NOT_INITIALIAZED" | "SPI_KEY_UNDEFINED" | "SERVICE_CODE_INVALID";

/**
 * `IsvSpiDefinition`, a model of Alipay's v3 description (in `alipay.iservice.ccm.service.initialize`).
 *
 * @example
 * ```ts
 * const value: IsvSpiDefinition = { biz_code: '…', description: '…' };
 * ```
 */
export interface IsvSpiDefinition {
  biz_code?: string;
  description?: string;
  icon?: string;
  spi_endpoint?: string;
  spi_ext_property?: string;
  spi_key?: string;
  spi_name?: string;
}
const IsvSpiDefinitionShape = (): object => ({ biz_code: 0, description: 0, icon: 0, spi_endpoint: 0, spi_ext_property: 0, spi_key: 0, spi_name: 0 });

/**
 * `SpiResult`, a model of Alipay's v3 description (in `alipay.iservice.ccm.service.initialize`).
 *
 * @example
 * ```ts
 * const value: SpiResult = { biz_code: '…', spi_id: 1 };
 * ```
 */
export interface SpiResult {
  biz_code?: string;
  spi_id?: number;
}
const SpiResultShape = (): object => ({ biz_code: 0, spi_id: 1 });

/**
 * `alipay.iservice.ccm.service.initialize`: POST /v3/alipay/iservice/ccm/service/initialize over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmServiceInitialize } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmServiceInitialize, { description: '…', icon: '…' });
 * ```
 */
export const alipayIserviceCcmServiceInitialize: ApiDefinition<"alipay.iservice.ccm.service.initialize", AlipayIserviceCcmServiceInitializeRequest, AlipayIserviceCcmServiceInitializeResult, AlipayIserviceCcmServiceInitializeErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.service.initialize",
  'POST',
  () => ({ description: 0, icon: 0, service_code: 0, service_name: 0, service_order_url: 0, spis: [IsvSpiDefinitionShape] }),
  () => ({ spi_ids: [SpiResultShape] }),
);
