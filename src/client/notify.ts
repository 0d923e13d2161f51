// `alipay.verifyNotify`: a notification verified with the client's Alipay key; in certificate mode
// the key of the notification's `alipay_cert_sn`. The SN is unauthenticated input, so an SN whose
// certificate cannot be had (or trusted) makes the notification false, never an exception. The
// notification is read once: the SN that picks the key comes from the entries that are verified.
import type { SignType } from '../crypto/keys.ts';
import { AlipayError } from '../errors.ts';
import { type NotifyParams, type VerifyNotifyOptions, notifyOptions, readNotification, verifyRead } from '../protocol/notify.ts';
import type { Credentials } from './credentials.ts';

/** The notification's `alipay_cert_sn`: `undefined` when absent or empty, `null` when given twice. */
function certSnOf(entries: Array<[string, string]>): string | undefined | null {
  const values = entries.filter(([key]) => key === 'alipay_cert_sn');
  if (values.length > 1) return null;
  return values[0]?.[1] || undefined;
}

/** Verifies a notification with the client's credentials (see AlipayClient.verifyNotify). */
export async function verifyClientNotify(credentials: Credentials, signType: SignType, params: NotifyParams, options?: Omit<VerifyNotifyOptions, 'signType'>): Promise<boolean> {
  const { rule } = notifyOptions(options);
  const entries = await readNotification(params);
  const sn = entries && certSnOf(entries);
  if (sn === null) return false;
  // The configured keys and certificates: a broken configuration is an error, not a false.
  const sns = await credentials.certificateSns();
  let key: CryptoKey;
  try {
    key = await credentials.verifyingKey(signType, sn);
  } catch (err) {
    if (sns && sn !== undefined && sn !== sns.alipayCertSn && err instanceof AlipayError) return false;
    throw err;
  }
  return entries !== undefined && verifyRead(entries, key, rule, signType);
}
