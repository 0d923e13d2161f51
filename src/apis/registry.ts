// The APIs the client knows by name: the hand-written ones always (the two card queries loaded
// with the client, the rest of the card journey on demand), and the definitions a client is given
// (its `apis` option). `execute` is typed from the catalogue of every operation of Alipay's v3
// description (src/apis/generated/catalogue.ts), where the hand-written definitions stand for
// their operations.
import { ActivateFormQueryRequestSchema, ActivateFormQueryResponseSchema, type ActivateFormQueryRequest, type ActivateFormQueryResult } from './card-activateform-query.ts';
import { CardQueryRequestSchema, CardQueryResponseSchema, type CardQueryRequest, type CardQueryResult } from './card-query.ts';
import { type ApiDefinition, type ErrorCodeOfApi, type RequestOfApi, type ResponseNode, type ResultOfApi, defineApi, v3Route } from './definition.ts';
import type { Catalogue } from './generated/catalogue.ts';
import type { AlipayMarketingCardActivateformQueryErrorCode } from './generated/operations/alipay-marketing-card-activateform-query.ts';
import type { AlipayMarketingCardQueryErrorCode } from './generated/operations/alipay-marketing-card-query.ts';
import { AlipayError } from '../errors.ts';
import { kind } from '../guard.ts';

export type { ApiDefinition, V3Route, WireRequest } from './definition.ts';
export type { Known } from './shared.ts';
export type { Catalogue } from './generated/catalogue.ts';

/**
 * `alipay.marketing.card.query`, hand-written from its API document: query a membership card.
 *
 * @example
 * ```ts
 * const card = await alipay.execute(alipayMarketingCardQuery, { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' });
 * ```
 */
export const alipayMarketingCardQuery: ApiDefinition<'alipay.marketing.card.query', CardQueryRequest, CardQueryResult, AlipayMarketingCardQueryErrorCode> = defineApi(
  'alipay.marketing.card.query',
  CardQueryRequestSchema,
  CardQueryResponseSchema,
);

/**
 * `alipay.marketing.card.activateform.query`, hand-written from its API document: the form a user filled in.
 *
 * @example
 * ```ts
 * const form = await alipay.execute(alipayMarketingCardActivateformQuery, { biz_type: 'MEMBER_CARD', template_id, request_id }, { authToken });
 * ```
 */
export const alipayMarketingCardActivateformQuery: ApiDefinition<
  'alipay.marketing.card.activateform.query',
  ActivateFormQueryRequest,
  ActivateFormQueryResult,
  AlipayMarketingCardActivateformQueryErrorCode
> = defineApi('alipay.marketing.card.activateform.query', ActivateFormQueryRequestSchema, ActivateFormQueryResponseSchema, {
  v3: v3Route('alipay.marketing.card.activateform.query', 'GET', { query: ['auth_token', 'biz_type', 'template_id', 'request_id'] }),
});

/** Always loaded: the two card queries. */
const alwaysLoaded: Readonly<Record<string, ApiDefinition>> = {
  'alipay.marketing.card.query': alipayMarketingCardQuery,
  'alipay.marketing.card.activateform.query': alipayMarketingCardActivateformQuery,
};

type OnDemandApis = (typeof import('./card-journey.ts'))['onDemandApis'];
let onDemand: Promise<OnDemandApis> | undefined;

/** Names of the APIs loaded on demand (their schemas load with the first call to one of them). */
const ON_DEMAND_METHODS: ReadonlySet<string> = new Set([
  'alipay.system.oauth.token',
  'alipay.marketing.card.template.create',
  'alipay.marketing.card.template.modify',
  'alipay.marketing.card.template.query',
  'alipay.marketing.card.formtemplate.set',
  'alipay.marketing.card.activateurl.apply',
  'alipay.marketing.card.open',
  'alipay.marketing.card.update',
  'alipay.marketing.card.delete',
  'alipay.offline.material.image.upload',
] satisfies Array<keyof OnDemandApis>);

/** Whether `method` is one the library defines by hand (always known by name). */
export const isHandWritten = (method: string): boolean => Object.hasOwn(alwaysLoaded, method) || ON_DEMAND_METHODS.has(method);

/**
 * The definition of a method: a hand-written one (loading it if needed), else one the client was
 * given; `undefined` for any other method.
 */
export async function apiDefinition(method: string, given?: ReadonlyMap<string, ApiDefinition>): Promise<ApiDefinition | undefined> {
  if (Object.hasOwn(alwaysLoaded, method)) return alwaysLoaded[method];
  if (ON_DEMAND_METHODS.has(method)) {
    const apis = await (onDemand ??= import('./card-journey.ts').then((module) => module.onDemandApis));
    return apis[method as keyof OnDemandApis];
  }
  return given?.get(method);
}

/**
 * The client's `apis` option, checked at construction for its shape (a list of objects with a
 * method name); each definition is read in full when a call uses it (read-definition.ts).
 *
 * @throws AlipayError `ERR_CONFIG` for anything but a list of definitions from alipay-edge/apis.
 */
export function resolveApis(value: unknown): ReadonlyMap<string, ApiDefinition> | undefined {
  if (value === undefined) return undefined;
  const apis = new Map<string, ApiDefinition>();
  const list = Array.isArray(value) ? [...value] : [value];
  for (const [i, item] of list.entries()) {
    const method = typeof item === 'object' && item !== null ? (item as { method?: unknown }).method : undefined;
    if (!Array.isArray(value) || typeof method !== 'string' || typeof (item as { v3?: unknown }).v3 !== 'object') {
      throw new AlipayError('ERR_CONFIG', `apis must be a list of definitions from alipay-edge/apis (such as [alipayTradeQuery], or allApis from alipay-edge/apis/all); ${Array.isArray(value) ? `apis[${i}] is ${kind(item)} without a method and route` : `got ${kind(value)}`}.`);
    }
    apis.set(method, item as ApiDefinition);
  }
  return apis;
}

/**
 * Method names `execute` knows and types: every operation of Alipay's v3 description.
 *
 * @example
 * ```ts
 * const method: KnownMethod = 'alipay.trade.query';
 * ```
 */
export type KnownMethod = keyof Catalogue;

/**
 * The request type of a known method (its `biz_content`, or its top-level or multipart params).
 *
 * @example
 * ```ts
 * const biz: ApiRequest<'alipay.marketing.card.query'> = { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' };
 * ```
 */
export type ApiRequest<M extends KnownMethod> = RequestOfApi<Catalogue[M]>;

/**
 * Result type of a known method.
 *
 * @example
 * ```ts
 * function balance(card: ApiResult<'alipay.marketing.card.query'>) { return card.card_info.balance; }
 * ```
 */
export type ApiResult<M extends KnownMethod> = ResultOfApi<Catalogue[M]>;

/**
 * The error codes of a known method, from its error model: an AlipayApiError's `subCode` over v2,
 * its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ApiErrorCode<'alipay.trade.query'> = 'ACQ.TRADE_NOT_EXIST';
 * ```
 */
export type ApiErrorCode<M extends KnownMethod> = ErrorCodeOfApi<Catalogue[M]>;

/**
 * `execute`'s request type for a method name: the typed request of a known method, any object otherwise.
 *
 * @example
 * ```ts
 * const biz: RequestOf<'alipay.marketing.card.query'> = { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' };
 * ```
 */
export type RequestOf<M extends string> = M extends KnownMethod ? ApiRequest<M> : Record<string, unknown> | undefined;

/**
 * `execute`'s result type for a method name: the typed result of a known method, the verified node otherwise.
 *
 * @example
 * ```ts
 * const card: ResultOf<'alipay.marketing.card.query'> = await alipay.execute('alipay.marketing.card.query', biz);
 * ```
 */
export type ResultOf<M extends string> = M extends KnownMethod ? ApiResult<M> : ResponseNode;
