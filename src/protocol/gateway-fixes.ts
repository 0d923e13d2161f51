// What to do about the gateway's common error codes: one table for v2 and v3. A v2 `sub_code`
// (`isv.invalid-method`, `aop.invalid-auth-token`) and its v3 `code` (`invalid-method`,
// `invalid-auth-token`) are the same name but for the prefix, and get the same fix. The gateway's
// own text (Chinese) stays in the message; the fix follows it on its own line. Loaded only when the
// gateway answers an error.

const BUSY =
  'Alipay failed or was busy (a temporary fault): try again later (the read-only methods are retried automatically; isRetryable(err) says whether a call is). For a payment or another change, query its outcome before sending it again.';
const QUERY_DROPPED =
  'The common parameters (app_id, method, timestamp, version, sign_type, sign) travel in the URL\'s query string: a proxy or a URL rewrite dropped or changed it. Send the request to the gateway URL the client built, query string included.';
const NO_KEY_SET =
  'The app has no key set for this signType in the Alipay console: under the app\'s signing settings (接口加签方式), choose public key or certificate, upload the app public key (npx alipay-edge keygen prints it), and use the same signType (RSA2).';
const ENCRYPTION =
  'The gateway could not decrypt biz_content: encryptKey is not the AES key set for this app in the Alipay console (接口内容加密方式), or the app has none set. Copy the AES key from the console again, or leave needEncrypt off.';
const CERT_MODE =
  'The app is set to certificate mode in the Alipay console: configure appCert, alipayPublicCert and alipayRootCert (the three .crt files), not alipayPublicKey.';

/** The fix of each common code, by its name without the `isv.`/`isp.`/`aop.` prefix of v2. */
const FIXES: Record<string, string> = {
  'invalid-app-id':
    'This gateway does not know the app id: a sandbox app on the production gateway (or the reverse)? Sandbox apps need sandbox: true; check appId against the console.',
  'missing-app-id': QUERY_DROPPED,
  'invalid-signature':
    'The gateway could not verify the request\'s signature: privateKey does not belong to the app public key uploaded to the Alipay console (or signType differs), or something changed the request after it was signed. npx alipay-edge diagnose compares what the gateway signed with what you did.',
  'missing-signature': QUERY_DROPPED,
  'missing-method': QUERY_DROPPED,
  'missing-timestamp': QUERY_DROPPED,
  'missing-version': QUERY_DROPPED,
  'missing-signature-type': QUERY_DROPPED,
  'invalid-method':
    'The gateway does not know this method: check its spelling against the API document (alipay.marketing.card.query…), and that the app has the product that includes it (开通产品/功能, in the console). Browser and app payments (alipay.trade.page.pay, .wap.pay, .app.pay) go through pageExecute and sdkExecute, not execute.',
  'invalid-timestamp':
    'The gateway refused the timestamp: it must be within a few minutes of Alipay\'s clock. Set this host\'s clock right (NTP); the client writes China time (UTC+8) from it.',
  'illegal-timestamp':
    'The gateway refused the timestamp: it must be within a few minutes of Alipay\'s clock. Set this host\'s clock right (NTP); the client writes China time (UTC+8) from it.',
  'invalid-version': 'The gateway does not know this version: the common parameter version must be 1.0 (do not set it through params).',
  'invalid-format': 'The gateway does not take this format: use JSON (format: \'json\', the default) or XML (format: \'xml\').',
  'invalid-charset': 'The gateway refused the charset: use charset utf-8 (the default) or GBK, and send the bytes in that charset (the client does).',
  'invalid-signature-type': 'The gateway does not take this sign type for the app: use signType RSA2 (or RSA for apps set up with RSA keys in the console).',
  'missing-signature-config': NO_KEY_SET,
  'missing-signature-key': NO_KEY_SET,
  'missing-default-signature-type': NO_KEY_SET,
  'invalid-parameter': 'A parameter is malformed: the gateway\'s text names it. Check that field against the API document (types, lengths, enums).',
  'invalid-auth-token':
    'The user\'s auth token (authToken) is missing, wrong, or another app\'s: exchange the user\'s auth code for an access token with alipay.system.oauth.token, with this app (tokens belong to the app that issued them).',
  'auth-token-time-out':
    'The user\'s auth token (authToken) has expired: get a new one with alipay.system.oauth.token (grant_type refresh_token with the refresh token), or ask the user to authorise again.',
  'invalid-app-auth-token':
    'The app_auth_token (a merchant\'s authorisation of your third-party app) is wrong or revoked: get a new one with alipay.open.auth.token.app.',
  'app-auth-token-time-out': 'The app_auth_token has expired: refresh it with alipay.open.auth.token.app (grant_type refresh_token).',
  'invalid-app-auth-token-no-api': 'The merchant authorised your third-party app, but not for this API: ask the merchant to authorise it.',
  'not-support-app-auth': 'This method cannot be called on a merchant\'s behalf (with appAuthToken): call it as the merchant\'s own app.',
  'no-product-reg-by-partner': 'The merchant has not signed up for any product: sign up for the product this API belongs to (开通产品) in the Alipay console.',
  'insufficient-isv-permissions':
    'The app may not call this method: sign up for the product that includes it (开通产品) in the Alipay console and add the feature to the app; a sandbox app has only some products.',
  'insufficient-user-permissions': 'The user has not authorised what this method needs: ask for the scope it needs when the user authorises (auth_user, auth_base…).',
  'invalid-app-state': 'The app is not online (or was suspended): check its status in the Alipay console; until it is online, call with the sandbox app (sandbox: true).',
  'illegal-client-ip': 'This server\'s IP address is not on the app\'s IP allowlist (IP白名单) in the Alipay console: add it, or call from an allowed address.',
  'app-call-limited': 'The app calls this too often (a rate limit): slow down, and retry later with backoff.',
  'method-call-limited': 'This method is called too often (a rate limit): slow down, and retry later with backoff.',
  'missing-app-cert-sn': CERT_MODE,
  'missing-alipay-root-cert-sn': CERT_MODE,
  'invalid-alipay-root-cert-sn': 'alipayRootCert is not the root certificate the gateway expects: download alipayRootCert.crt from the Alipay console again.',
  'app-cert-expired': 'The app certificate (appCert) has expired: renew it in the Alipay console and configure the new .crt files.',
  'missing-encrypt-key': ENCRYPTION,
  'invalid-encrypt-type': ENCRYPTION,
  'invalid-encrypt': ENCRYPTION,
  'decryption-error': ENCRYPTION,
  'decryption-error-not-valid-encrypt-key': ENCRYPTION,
  'decryption-error-unknown': ENCRYPTION,
  'invalid-file-extension': 'The file\'s extension or type is not one this API takes: check image_type (jpg, png…) and the file name.',
  'invalid-file-size': 'The file is larger than this API takes (its document gives the limit): send a smaller one.',
  'upload-fail': 'The gateway could not take the uploaded file: send it again; if it fails again, check its type and size against the API document.',
  'unknow-error': BUSY,
  'unknown-error': BUSY,
  SYSTEM_ERROR: BUSY,
};

/**
 * The codes {@link fixFor} knows, by their v3 names (`isv.`, `isp.` or `aop.` before them in v2).
 *
 * @example
 * ```ts
 * FIXED_CODES.includes('invalid-auth-token'); // true
 * ```
 */
export const FIXED_CODES: readonly string[] = Object.freeze(Object.keys(FIXES));

/**
 * What to do about a gateway error code: a v2 `sub_code` (`isv.invalid-method`) or a v3 `code`
 * (`invalid-method`); `undefined` for a code that is the API's own (`CARD_NOT_EXIT`…).
 *
 * @example
 * ```ts
 * fixFor('aop.invalid-auth-token'); // 'The user's auth token (authToken) is missing, wrong, …'
 * ```
 */
export function fixFor(code: string | undefined): string | undefined {
  if (typeof code !== 'string') return undefined;
  const name = code.replace(/^(?:isv|isp|aop)\./, '');
  return Object.hasOwn(FIXES, name) ? FIXES[name] : undefined;
}
