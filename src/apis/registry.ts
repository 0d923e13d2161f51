// The APIs the client knows by name: the hand-written ones always (the two card queries loaded
// with the client, the rest of the card journey on demand), and the definitions a client is given
// (its `apis` option). `execute` is typed from the catalogue of every operation of Alipay's v3
// description (src/apis/generated/catalogue.ts), where the hand-written definitions stand for
// their operations.
import { ActivateFormQueryRequestSchema, ActivateFormQueryResponseSchema, type ActivateFormQueryRequest, type ActivateFormQueryResult } from './card-activateform-query.ts';
import { CardQueryRequestSchema, CardQueryResponseSchema, type CardQueryRequest, type CardQueryResult } from './card-query.ts';
import type * as v from 'valibot';
import { type ApiDefinition, type ErrorCodeOfApi, type RequestOfApi, type ResponseNode, type ResultOfApi, type V3Route, defineApi, v3Route } from './definition.ts';
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

const VERBS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const isSchema = (value: unknown): value is v.GenericSchema => typeof value === 'object' && value !== null && typeof (value as { '~run'?: unknown })['~run'] === 'function';
const isNames = (value: unknown): value is readonly string[] => Array.isArray(value) && value.every((name) => typeof name === 'string');

/** A v3 route, read once field by field; undefined for anything else. */
function readRoute(value: unknown): V3Route | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { verb, path, query, body, files, data } = value as Record<string, unknown>;
  if (typeof verb !== 'string' || !VERBS.has(verb) || typeof path !== 'string' || !path.startsWith('/') || !isNames(query) || !isNames(files)) return undefined;
  if (body !== 'json' && body !== 'multipart' && body !== 'none') return undefined;
  return { verb: verb as V3Route['verb'], path, query: [...query], body, files: [...files], data: data === true };
}

/**
 * An API definition (one of alipay-edge/apis, or hand-written), read once, property by property:
 * what the call then uses is this copy. `undefined` for anything else.
 */
export function readDefinition(value: unknown): ApiDefinition | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    const { method, shape, retried, v3 } = value as Record<string, unknown>;
    const route = readRoute(v3);
    if (typeof method !== 'string' || typeof shape !== 'function' || route === undefined) return undefined;
    // A generated definition builds its schemas when they are first read.
    const { request, response, described } = value as Record<string, unknown>;
    if (!isSchema(request) || !isSchema(response)) return undefined;
    const twin = described === undefined ? undefined : readDefinition(described);
    if (described !== undefined && twin === undefined) return undefined;
    return { method, request, response, shape: shape as ApiDefinition['shape'], retried: retried === true, v3: route, ...(twin && { described: twin }) };
  } catch {
    return undefined;
  }
}

/**
 * The client's `apis` option: a list of definitions, by method name.
 *
 * @throws AlipayError `ERR_CONFIG` for anything but a list of definitions from alipay-edge/apis.
 */
export function resolveApis(value: unknown): ReadonlyMap<string, ApiDefinition> | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new AlipayError('ERR_CONFIG', `apis must be a list of definitions from 'alipay-edge/apis' (such as [alipayTradeQuery], or allApis from 'alipay-edge/apis/all'), got ${kind(value)}.`);
  const apis = new Map<string, ApiDefinition>();
  for (const [i, item] of [...value].entries()) {
    // Kept as given (not copied): a generated definition builds its schemas on its first call.
    if (readRoute((item as { v3?: unknown } | null)?.v3) === undefined || typeof (item as { method?: unknown }).method !== 'string') {
      throw new AlipayError('ERR_CONFIG', `apis[${i}] is not a definition from 'alipay-edge/apis' (got ${kind(item)}): import the operation by its camelCase name, such as alipayTradeQuery.`);
    }
    apis.set((item as ApiDefinition).method, item as ApiDefinition);
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
