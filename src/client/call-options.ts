// The per-call options of `execute`, and the types of its generic path.
import type * as v from 'valibot';
import type { KnownMethod } from '../apis/registry.ts';
export type { ResponseNode } from '../apis/definition.ts';
import type { ResponseFormat } from './options.ts';

/**
 * Per-call options of {@link AlipayClient.execute}.
 *
 * @example
 * ```ts
 * await alipay.execute('alipay.marketing.card.activateform.query', biz, { authToken, timeout: 5_000 });
 * ```
 */
export interface ExecuteOptions {
  /** The user's access token (`auth_token`), from `alipay.system.oauth.token`. */
  authToken?: string;
  /** A third-party app's authorisation token (`app_auth_token`). */
  appAuthToken?: string;
  /** `notify_url` for APIs that send asynchronous notifications. */
  notifyUrl?: string;
  /** `return_url` for page APIs. */
  returnUrl?: string;
  /** Aborts the call (`ERR_ABORTED`). */
  signal?: AbortSignal;
  /** Milliseconds for this call, overriding the client's `timeout`. */
  timeout?: number;
  /** Other top-level parameters sent outside `biz_content` (e.g. `grant_type` for OAuth). */
  params?: Record<string, string | undefined>;
  /** Answer format for this call, overriding the client's `format`. */
  format?: ResponseFormat;
  /** Send `biz_content` AES-encrypted (`encrypt_type=AES`); needs the client's `encryptKey`. */
  needEncrypt?: boolean;
  /**
   * Send request fields the API's schema does not know (fields Alipay added after this library's
   * catalogue). Without it, such a field is refused before signing, with the nearest known name:
   * most often it is a typo that the gateway would ignore.
   */
  allowUnknownFields?: boolean;
  /**
   * Retries for this call. Setting it opts any method in (only do so for calls that are safe to
   * repeat, or carry an idempotency key such as `out_serial_no`).
   */
  maxRetries?: number;
}

/**
 * Options of a call to a method the library does not type: `schema` (any valibot schema)
 * validates and types the verified response node.
 *
 * @example
 * ```ts
 * const res = await alipay.execute('alipay.open.file.upload', {}, { schema: v.looseObject({ file_id: v.string() }) });
 * ```
 */
export interface GenericExecuteOptions<S extends v.GenericSchema = v.GenericSchema> extends ExecuteOptions {
  schema?: S;
}

/**
 * `biz_content` of a method the library does not type: any JSON object.
 *
 * @example
 * ```ts
 * const biz: BizContent = { out_trade_no: '20240501000001' };
 * await alipay.execute('alipay.trade.query', biz);
 * ```
 */
export type BizContent = Record<string, unknown>;

/**
 * `M` itself when it is not a method the library types; `never` (a type error) otherwise: a typo
 * in a known method's request cannot fall through to the untyped overload.
 *
 * @example
 * ```ts
 * type A = UnknownMethod<'alipay.trade.query'>;          // 'alipay.trade.query'
 * type B = UnknownMethod<'alipay.marketing.card.query'>; // never
 * ```
 */
export type UnknownMethod<M extends string> = M extends KnownMethod ? never : M;
