// The main entry's verifyNotify: the notification code loads on its first call, so an app that
// only calls the gateway does not bundle it. (alipay-edge/protocol exports the same function.)
import type { NotifyParams, VerifyNotifyOptions } from './protocol/notify.ts';

/**
 * Verifies a notification from Alipay (a `notify_url` POST or a `return_url` query). Resolves to
 * `true` only when its `sign` verifies; never throws for a wrong or missing signature. Values are
 * used exactly as received after one form decode: never decode a value again (a `+` in a subject
 * must stay a `+`), never re-serialise JSON fields such as `fund_bill_list`. A record whose values
 * are not all strings (an array from a repeated field…) is `false`.
 *
 * `alipayPublicKey` is Alipay's public key (PEM or base64), Alipay's public certificate (PEM, in
 * certificate mode) or an imported `CryptoKey`.
 *
 * @throws AlipayError `ERR_KEY_INVALID` / `ERR_CERT_INVALID` when the key itself cannot be read.
 * @example
 * ```ts
 * export default {
 *   async fetch(request: Request, env: Env) {
 *     const ok = await verifyNotify(await request.text(), env.ALIPAY_PUBLIC_KEY);
 *     return new Response(ok ? 'success' : 'failure');
 *   },
 * };
 * ```
 */
export async function verifyNotify(params: NotifyParams, alipayPublicKey: string | CryptoKey, options?: VerifyNotifyOptions): Promise<boolean> {
  return (await import('./protocol/notify.ts')).verifyNotify(params, alipayPublicKey, options);
}
