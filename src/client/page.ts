// Browser and app payments: the signed URL or self-submitting form of pageExecute, and the order
// string of sdkExecute. Nothing is sent: the user's browser or the Alipay app carries the request.
// Signed as execute signs (China time, sign_type, certificate SNs, AES ciphertext, the charset's
// bytes); parameter names are sent as given, and every top-level value must be a string.
import * as v from 'valibot';
import { payApis } from '../apis/trade-pay.ts';
import { signContent } from '../crypto/sign.ts';
import { loadGbk } from '../encoding/charset.ts';
import { AlipayError } from '../errors.ts';
import { kind, readRecord } from '../guard.ts';
import { buildOrderString, buildPageForm, buildPageUrl } from '../protocol/page.ts';
import { type Carrier, checkCarried } from '../protocol/page-checks.ts';
import { buildRequestParams } from '../protocol/request.ts';
import { buildSignContent } from '../protocol/sign-content.ts';
import { type CallContext, describeIssue } from './call.ts';
import { checkToken } from './option-checks.ts';

/**
 * Options of {@link AlipayClient.sdkExecute}.
 *
 * @example
 * ```ts
 * await alipay.sdkExecute('alipay.trade.app.pay', biz, { notifyUrl: 'https://shop.example.com/alipay/notify' });
 * ```
 */
export interface SdkExecuteOptions {
  /** `notify_url`: where Alipay POSTs the payment's asynchronous notification. */
  notifyUrl?: string;
  /** `return_url`: where the browser comes back to after paying (page payments). */
  returnUrl?: string;
  /** A third party's app authorisation token (`app_auth_token`). */
  appAuthToken?: string;
  /** The user's access token (`auth_token`). */
  authToken?: string;
  /** Send `biz_content` AES-encrypted (`encrypt_type=AES`); needs the client's `encryptKey`. */
  needEncrypt?: boolean;
  /** Other top-level parameters, names and values as they are sent (every value a string). */
  params?: Record<string, string>;
}

/**
 * Options of {@link AlipayClient.pageExecute}.
 *
 * @example
 * ```ts
 * const url = await alipay.pageExecute('alipay.trade.page.pay', biz, { httpMethod: 'GET', returnUrl: 'https://shop.example.com/paid' });
 * ```
 */
export interface PageExecuteOptions extends SdkExecuteOptions {
  /** `POST` (default): a self-submitting HTML form. `GET`: the gateway URL to redirect to. */
  httpMethod?: 'GET' | 'POST';
}

/** The signed parameters of a browser or app payment: read once, checked, built and signed. */
async function signedParams(ctx: CallContext, method: unknown, bizContent: unknown, opts: Map<string, unknown>, carrier: Carrier): Promise<Record<string, string>> {
  const { config, credentials } = ctx;
  if (typeof method !== 'string' || !/^[\w.]+$/.test(method)) {
    throw new AlipayError('ERR_REQUEST_INVALID', `method must be a gateway method name such as 'alipay.trade.page.pay', got ${typeof method === 'string' ? JSON.stringify(method) : kind(method)}.`);
  }
  const [appAuthToken, authToken, notifyUrl, returnUrl, needEncrypt] = ['appAuthToken', 'authToken', 'notifyUrl', 'returnUrl', 'needEncrypt'].map((name) => opts.get(name));
  checkToken(appAuthToken, 'appAuthToken');
  checkToken(authToken, 'authToken');
  const extra: Record<string, string> = {};
  const given = opts.get('params');
  for (const [key, value] of given === undefined ? [] : readRecord(given, 'options.params')) {
    // Signed as text and sent as text: anything else would be signed one way and sent another.
    if (typeof value !== 'string') throw new AlipayError('ERR_REQUEST_INVALID', `options.params.${key} must be a string, got ${kind(value)}. Nothing was signed.`, { path: key });
    Object.defineProperty(extra, key, { value, enumerable: true });
  }
  for (const [name, value] of [['notifyUrl', notifyUrl], ['returnUrl', returnUrl]] as const) {
    if (value !== undefined && typeof value !== 'string') throw new AlipayError('ERR_REQUEST_INVALID', `options.${name} must be a string, got ${kind(value)}.`, { path: name });
  }
  let biz: unknown = bizContent;
  if (typeof biz === 'string') {
    // A bizContent already serialised: read it, so that it is checked and signed exactly as sent.
    try {
      biz = JSON.parse(biz);
    } catch {
      throw new AlipayError('ERR_REQUEST_INVALID', 'bizContent is a string, but not JSON: pass the object.', { path: 'biz_content' });
    }
  }
  const schema = Object.hasOwn(payApis, method) ? payApis[method as keyof typeof payApis] : undefined;
  if (schema) {
    let result: ReturnType<typeof v.safeParse<typeof schema>>;
    try {
      result = v.safeParse(schema, biz);
    } catch (cause) {
      throw new AlipayError('ERR_REQUEST_INVALID', 'bizContent could not be read (a getter or Proxy of it threw). Nothing was signed.', { cause, path: 'biz_content' });
    }
    if (!result.success) {
      const { path, message } = describeIssue(result.issues);
      throw new AlipayError('ERR_REQUEST_INVALID', `${method}: the request is invalid${message}. Nothing was signed.`, { path });
    }
    biz = result.output;
  } else if (biz !== undefined && (typeof biz !== 'object' || biz === null || Array.isArray(biz))) {
    throw new AlipayError('ERR_REQUEST_INVALID', `bizContent must be an object, got ${kind(biz)}.`, { path: 'biz_content' });
  }
  if (config.charset === 'GBK') await loadGbk();
  const sns = await credentials.certificateSns();
  const encrypt = Boolean(needEncrypt) && biz !== undefined;
  if (encrypt) {
    // Serialised once: the JSON read here is the JSON checked below and signed.
    biz = await (await import('../crypto/aes.ts')).aesEncrypt(JSON.stringify(biz), await credentials.aesKey('needEncrypt'), config.charset);
  }
  const params = buildRequestParams({
    appId: config.appId,
    method,
    signType: config.signType,
    format: false,
    charset: config.charset,
    bizContent: biz,
    authToken: authToken as string | undefined,
    appAuthToken: appAuthToken as string | undefined,
    notifyUrl: notifyUrl as string | undefined,
    returnUrl: returnUrl as string | undefined,
    params: extra,
    ...(sns && { appCertSn: sns.appCertSn, alipayRootCertSn: sns.rootCertSn }),
    ...(encrypt && { encryptType: 'AES' as const }),
  });
  // What the browser or the app cannot carry exactly is refused before anything is signed.
  checkCarried(Object.entries(params), carrier, config.charset);
  params.sign = await signContent(buildSignContent(params), await credentials.signingKey(config.signType), config.charset);
  return params;
}

/** The options, read once. */
const optionsRead = (options: unknown): Map<string, unknown> => new Map(options === undefined ? [] : readRecord(options, 'options'));

/** pageExecute: the signed gateway URL (GET) or self-submitting form (POST). */
export async function pageExecute(ctx: CallContext, method: unknown, bizContent: unknown, options: unknown): Promise<string> {
  const opts = optionsRead(options);
  const httpMethod = opts.get('httpMethod') ?? 'POST';
  if (httpMethod !== 'GET' && httpMethod !== 'POST') throw new AlipayError('ERR_REQUEST_INVALID', `options.httpMethod must be 'GET' or 'POST', got ${typeof httpMethod === 'string' ? JSON.stringify(httpMethod) : kind(httpMethod)}.`, { path: 'httpMethod' });
  const params = await signedParams(ctx, method, bizContent, opts, httpMethod === 'POST' ? 'form' : 'url');
  const { gateway, charset } = ctx.config;
  return httpMethod === 'GET' ? buildPageUrl(gateway, params, charset) : buildPageForm(gateway, params, charset);
}

/** sdkExecute: the order string for the Alipay app SDK. */
export async function sdkExecute(ctx: CallContext, method: unknown, bizContent: unknown, options: unknown): Promise<string> {
  return buildOrderString(await signedParams(ctx, method, bizContent, optionsRead(options), 'app'), ctx.config.charset);
}
