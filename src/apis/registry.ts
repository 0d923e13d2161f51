// The APIs the client knows by name: their request types and response schemas. `execute` is
// typed from this table; any other method name takes the generic path.
import type * as v from 'valibot';
import { ActivateFormQueryResponseSchema, type ActivateFormQueryRequest } from './card-activateform-query.ts';
import { CardQueryResponseSchema, type CardQueryRequest } from './card-query.ts';

/** Response schemas of the known APIs, by method name. */
export const responseSchemas = {
  'alipay.marketing.card.query': CardQueryResponseSchema,
  'alipay.marketing.card.activateform.query': ActivateFormQueryResponseSchema,
} satisfies Record<string, v.GenericSchema>;

/** Request types of the known APIs, by method name. */
interface RequestTypes {
  'alipay.marketing.card.query': CardQueryRequest;
  'alipay.marketing.card.activateform.query': ActivateFormQueryRequest;
}

/**
 * Method names `execute` knows and types.
 *
 * @example
 * ```ts
 * const method: KnownMethod = 'alipay.marketing.card.query';
 * ```
 */
export type KnownMethod = keyof typeof responseSchemas;

/**
 * `biz_content` type of a known method.
 *
 * @example
 * ```ts
 * const biz: ApiRequest<'alipay.marketing.card.query'> = { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' };
 * ```
 */
export type ApiRequest<M extends KnownMethod> = RequestTypes[M];

/**
 * Result type of a known method.
 *
 * @example
 * ```ts
 * function balance(card: ApiResult<'alipay.marketing.card.query'>) { return card.card_info.balance; }
 * ```
 */
export type ApiResult<M extends KnownMethod> = v.InferOutput<(typeof responseSchemas)[M]>;

/** Whether `method` is one `execute` knows. */
export function isKnownMethod(method: string): method is KnownMethod {
  return Object.hasOwn(responseSchemas, method);
}
