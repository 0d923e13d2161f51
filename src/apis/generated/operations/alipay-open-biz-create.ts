// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.biz.create` (POST /v3/alipay/open/biz/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenBizCreateRequest = { b: '…', stringbuff: '…' };
 * ```
 */
export interface AlipayOpenBizCreateRequest {
  a?: Gavintest;
  b?: string;
  de?: GavintestNewLeveaOne;
  stringbuff?: string;
}

/**
 * The result of `alipay.open.biz.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenBizCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenBizCreateResult {
  a?: string;
  b?: GavintestNewonline;
  c?: string;
}

/**
 * The error codes of `alipay.open.biz.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenBizCreateErrorCode = "BIZ_ERROR";
 * ```
 */
export type AlipayOpenBizCreateErrorCode = "BIZ_ERROR";

/**
 * `Gavintest`, a model of Alipay's v3 description (in `alipay.open.biz.create`).
 *
 * @example
 * ```ts
 * const value: Gavintest = { newid: 1 };
 * ```
 */
export interface Gavintest {
  newid?: number;
}
const GavintestShape = (): object => ({ newid: 1 });

/**
 * `GavintestNewLeveaOne`, a model of Alipay's v3 description (in `alipay.open.biz.create`).
 *
 * @example
 * ```ts
 * const value: GavintestNewLeveaOne = { boolen: true, des: '…' };
 * ```
 */
export interface GavintestNewLeveaOne {
  boolen?: boolean;
  ces?: number[];
  des?: string;
  str?: string[];
}
const GavintestNewLeveaOneShape = (): object => ({ boolen: 2, ces: [1], des: 0, str: [0] });

/**
 * `GavintestNewonline`, a model of Alipay's v3 description (in `alipay.open.biz.create`).
 *
 * @example
 * ```ts
 * const value: GavintestNewonline = {};
 * ```
 */
export interface GavintestNewonline {
  dem?: string[];
  string?: GavintestNewLeveaOne;
}
const GavintestNewonlineShape = (): object => ({ dem: [0], string: GavintestNewLeveaOneShape });

/**
 * `alipay.open.biz.create`: POST /v3/alipay/open/biz/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenBizCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenBizCreate, { b: '…', stringbuff: '…' });
 * ```
 */
export const alipayOpenBizCreate: ApiDefinition<"alipay.open.biz.create", AlipayOpenBizCreateRequest, AlipayOpenBizCreateResult, AlipayOpenBizCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.biz.create",
  'POST',
  () => ({ a: GavintestShape, b: 0, de: GavintestNewLeveaOneShape, stringbuff: 0 }),
  () => ({ a: 0, b: GavintestNewonlineShape, c: 0 }),
);
