// What a failed call means, for doctor and call: the gateway's answer and what to do about it,
// with advice that fits the gateway the call went to (production, the sandbox, a mock).
import { gatewayKind } from './client-config.ts';
import { isAlipayError, isApiError } from './command.ts';

const INVALID_APP_ID = {
  production: 'the production gateway does not know this app id: a sandbox app? Use --sandbox for sandbox apps, or check --app-id against the console.',
  sandbox: "the sandbox gateway does not know this app id: give the sandbox app's id and keys (the console's sandbox page, 沙箱应用), or leave --sandbox out for a production app.",
  other: 'this gateway does not know the app id: check --app-id (a mock gateway prints its own as ALIPAY_APP_ID).',
} as const;

/** A failure as lines for a person: what was answered, then `→` what it means. */
export function explainError(err: unknown, gateway: string): string {
  if (isApiError(err)) {
    const base = `the gateway answered ${err.code} ${err.msg}${err.subCode ? ` ${err.subCode}: ${err.subMsg ?? ''}` : ''} (${err.verified ? 'signed, verified' : 'unsigned'})`;
    // The library puts the diagnosis or the code's fix on the message's second line.
    const fix = err.message.split('\n')[1];
    if (err.subCode === 'isv.invalid-signature' || err.code === 'invalid-signature') return `${base}\n  → the gateway does not accept the signature. ${fix ?? ''}`.trimEnd();
    if (err.subCode === 'isv.invalid-app-id' || err.code === 'invalid-app-id') return `${base}\n  → ${INVALID_APP_ID[gatewayKind(gateway)]}`;
    const lines = [base, ...(fix ? [`  → ${fix}`] : [])];
    if (err.verified) lines.push('  → the gateway accepted the app id and the signature, and its answer verified with alipayPublicKey: the keys are right.');
    return lines.join('\n');
  }
  if (isAlipayError(err)) {
    if (err.code === 'ERR_SIGNATURE_INVALID') return `${err.message}\n  → alipayPublicKey is not the key Alipay signs this app's answers with: copy 支付宝公钥 from the console again.`;
    if (err.code === 'ERR_NETWORK' || err.code === 'ERR_TIMEOUT') return `${err.message}\n  → the gateway could not be reached.`;
    return `${err.code}: ${err.message}`;
  }
  return String(err);
}
