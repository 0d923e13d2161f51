// The APIs the client knows by name: request schemas (checked before anything is signed),
// response schemas, and where each request's fields travel. `execute` is typed from this table;
// any other method name takes the generic path.
import type * as v from 'valibot';
import { ActivateFormQueryRequestSchema, ActivateFormQueryResponseSchema } from './card-activateform-query.ts';
import { CardQueryRequestSchema, CardQueryResponseSchema } from './card-query.ts';
import { type ApiDefinition, api } from './definition.ts';

export type { ApiDefinition, Transport } from './definition.ts';

/** The two seed APIs: always in the bundle. */
const seedApis = {
  'alipay.marketing.card.query': api(CardQueryRequestSchema, CardQueryResponseSchema),
  'alipay.marketing.card.activateform.query': api(ActivateFormQueryRequestSchema, ActivateFormQueryResponseSchema),
} satisfies Record<string, ApiDefinition>;

type JourneyApis = (typeof import('./journey.ts'))['journeyApis'];
type Apis = typeof seedApis & JourneyApis;

let journey: Promise<JourneyApis> | undefined;

/**
 * The definition of a known method: request schema (checked before signing), response schema,
 * transport. The journey APIs' schemas load on their first call, so an app that only queries cards
 * does not bundle them (with code splitting) or evaluate them.
 *
 * @example
 * ```ts
 * const definition = await apiDefinition('alipay.system.oauth.token');
 * definition?.transport; // 'params'
 * ```
 */
export async function apiDefinition(method: string): Promise<ApiDefinition | undefined> {
  if (Object.hasOwn(seedApis, method)) return seedApis[method as keyof typeof seedApis];
  if (!isKnownMethod(method)) return undefined;
  const apis = await (journey ??= import('./journey.ts').then((module) => module.journeyApis));
  return apis[method as keyof JourneyApis];
}

/** Names of the journey APIs (the schemas themselves load lazily). */
const JOURNEY_METHODS: ReadonlySet<string> = new Set([
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
] satisfies Array<keyof JourneyApis>);

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
export type ApiRequest<M extends KnownMethod> = v.InferInput<Apis[M]['request']>;

/**
 * Result type of a known method.
 *
 * @example
 * ```ts
 * function balance(card: ApiResult<'alipay.marketing.card.query'>) { return card.card_info.balance; }
 * ```
 */
export type ApiResult<M extends KnownMethod> = v.InferOutput<Apis[M]['response']>;

/**
 * Whether `method` is one `execute` knows.
 *
 * @example
 * ```ts
 * isKnownMethod('alipay.marketing.card.query'); // true
 * ```
 */
export function isKnownMethod(method: string): method is KnownMethod {
  return Object.hasOwn(seedApis, method) || JOURNEY_METHODS.has(method);
}
