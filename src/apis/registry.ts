// The APIs the client knows by name. `execute` is typed from this table; any other method name
// takes the generic path. The two card queries are always loaded; the rest of the card journey is
// loaded on demand (apis/on-demand.ts).
import type * as v from 'valibot';
import { ActivateFormQueryRequestSchema, ActivateFormQueryResponseSchema } from './card-activateform-query.ts';
import { CardQueryRequestSchema, CardQueryResponseSchema } from './card-query.ts';
import { type ApiDefinition, GET_QUERY, type TypedApiDefinition, defineApi } from './definition.ts';
import type { Known } from './shared.ts';
import type { ResponseNode } from './definition.ts';

export type { ApiDefinition, V3Route, WireRequest } from './definition.ts';
export type { Known } from './shared.ts';

/** Always loaded: the two card queries (read-only, so retried by default). */
const alwaysLoaded: {
  'alipay.marketing.card.query': TypedApiDefinition<typeof CardQueryRequestSchema, typeof CardQueryResponseSchema>;
  'alipay.marketing.card.activateform.query': TypedApiDefinition<typeof ActivateFormQueryRequestSchema, typeof ActivateFormQueryResponseSchema>;
} = {
  'alipay.marketing.card.query': defineApi(CardQueryRequestSchema, CardQueryResponseSchema, { retried: true }),
  'alipay.marketing.card.activateform.query': defineApi(ActivateFormQueryRequestSchema, ActivateFormQueryResponseSchema, { retried: true, v3: GET_QUERY }),
} satisfies Record<string, ApiDefinition>;

type OnDemandApis = (typeof import('./on-demand.ts'))['onDemandApis'];
type Apis = typeof alwaysLoaded & OnDemandApis;

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

/** The definition of a known method, loading it if needed; `undefined` for any other method. */
export async function apiDefinition(method: string): Promise<ApiDefinition | undefined> {
  if (Object.hasOwn(alwaysLoaded, method)) return alwaysLoaded[method as keyof typeof alwaysLoaded];
  if (!ON_DEMAND_METHODS.has(method)) return undefined;
  const apis = await (onDemand ??= import('./on-demand.ts').then((module) => module.onDemandApis));
  return apis[method as keyof OnDemandApis];
}

/**
 * Method names `execute` knows and types.
 *
 * @example
 * ```ts
 * const method: KnownMethod = 'alipay.marketing.card.query';
 * ```
 */
export type KnownMethod = keyof Apis;

/**
 * The request type of a known method (its `biz_content`, or its top-level or multipart params).
 *
 * @example
 * ```ts
 * const biz: ApiRequest<'alipay.marketing.card.query'> = { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' };
 * ```
 */
export type ApiRequest<M extends KnownMethod> = Known<v.InferInput<Apis[M]['request']>>;

/**
 * Result type of a known method.
 *
 * @example
 * ```ts
 * function balance(card: ApiResult<'alipay.marketing.card.query'>) { return card.card_info.balance; }
 * ```
 */
export type ApiResult<M extends KnownMethod> = Known<v.InferOutput<Apis[M]['response']>>;

/** Whether `method` is one `execute` knows. */
export function isKnownMethod(method: string): method is KnownMethod {
  return Object.hasOwn(alwaysLoaded, method) || ON_DEMAND_METHODS.has(method);
}

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
