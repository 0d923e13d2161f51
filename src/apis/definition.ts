// What the client knows about an API: its request and response schemas and its transport.
import type * as v from 'valibot';

/**
 * Where a known method's request fields go: `biz_content` (JSON, the usual), top-level `params`
 * (OAuth), or a `multipart` body whose file part is not signed (image upload).
 *
 * @example
 * ```ts
 * (await apiDefinition('alipay.system.oauth.token'))?.transport; // 'params'
 * ```
 */
export type Transport = 'biz_content' | 'params' | 'multipart';

/**
 * A known API: its request schema (checked before signing), response schema, and transport.
 *
 * @example
 * ```ts
 * const definition: ApiDefinition | undefined = await apiDefinition('alipay.marketing.card.query');
 * ```
 */
export interface ApiDefinition {
  request: v.GenericSchema;
  response: v.GenericSchema;
  transport: Transport;
}

/** Builds a definition, keeping the schemas' own types. */
export const api = <Q extends v.GenericSchema, R extends v.GenericSchema>(request: Q, response: R, transport: Transport = 'biz_content') => ({ request, response, transport });
