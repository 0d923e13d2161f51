// Signing and verification by hand: sign-content, sign, verify-response, verify-notify.
import {
  type SignType,
  buildSignContent,
  decodeForm,
  extractJsonSpan,
  importPrivateKey,
  importPublicKey,
  signContent,
  verifyNotify,
  verifySignedSpan,
} from '../protocol.ts';
import { certificatePublicKey, readPemCertificates } from '../cert.ts';
import { gatewaySignContent } from '../tools.ts';
import { hideTokens, readAnswer } from './diagnose.ts';
import { type Command, help, parse, signTypeOf } from './command.ts';
import { EXIT, type Io, UsageError, readParams, readValue } from './io.ts';
import { Settings } from './settings.ts';

const paramOptions = {
  param: { type: 'string', multiple: true },
  json: { type: 'string' },
  query: { type: 'string', multiple: true },
} as const;

const PARAM_HELP = `Parameters: --param key=value (repeatable), --json FILE|-|TEXT (a JSON object), --query STRING (a
query string, form body or URL; decoded once; repeatable, merged, a key set twice to two values refused).`;

export const signContentCommand: Command = {
  summary: 'print the exact sign content of some parameters',
  help: `Usage: alipay-edge sign-content (--param k=v ... | --json FILE | --query STRING) [--exclude KEY ...]

Prints the string that is signed: every parameter except sign (and --exclude keys), empty ones left
out, sorted by UTF-16 code unit, joined as key=value with &, values raw. Compare it with the one
the gateway echoes in an isv.invalid-signature answer.
${PARAM_HELP}`,
  async run(args, io) {
    const { values } = parse(args, { ...paramOptions, exclude: { type: 'string', multiple: true } });
    if (values.help) return help(this, io);
    io.out(buildSignContent(readParams(io, values as never), { exclude: (values.exclude as string[] | undefined) ?? [] }));
    return EXIT.ok;
  },
};

export const sign: Command = {
  summary: 'sign parameters: prints the sign content and the signature',
  help: `Usage: alipay-edge sign (--param k=v ... | --json FILE | --query STRING) [--private-key KEY] [--sign-type RSA2|RSA] [--json-output]

Prints the sign content and its signature with the app's private key (a file, - for stdin, the PEM
or base64 text, or $ALIPAY_PRIVATE_KEY). The sign type defaults to the sign_type parameter, else RSA2.
${PARAM_HELP}`,
  async run(args, io) {
    const { values } = parse(args, { ...paramOptions, 'private-key': { type: 'string' }, 'sign-type': { type: 'string' }, 'json-output': { type: 'boolean' } });
    if (values.help) return help(this, io);
    const params = readParams(io, values as never);
    const keyText = new Settings(io, values).text({ flag: 'private-key', env: 'ALIPAY_PRIVATE_KEY', file: true })?.value;
    if (!keyText) throw new UsageError('no private key: give --private-key or set ALIPAY_PRIVATE_KEY');
    const signType = values['sign-type'] !== undefined ? signTypeOf(values['sign-type']) : signTypeOf(params.sign_type, 'the sign_type parameter');
    const content = buildSignContent(params);
    const signature = await signContent(content, await importPrivateKey(keyText, signType));
    if (values['json-output']) io.out(JSON.stringify({ signType, signContent: content, sign: signature }, null, 2));
    else io.out(`sign_type: ${signType}\nsign content: ${content}\nsign: ${signature}`);
    return EXIT.ok;
  },
};

const PUBLIC_CERT = { flag: 'alipay-public-cert', env: 'ALIPAY_PUBLIC_CERT', file: true };
const PUBLIC_KEY = { flag: 'public-key', env: 'ALIPAY_PUBLIC_KEY', file: true };

/** A public key from --public-key / --alipay-public-cert, else $ALIPAY_PUBLIC_CERT / $ALIPAY_PUBLIC_KEY: flags win. */
async function verifyingKey(io: Io, values: Record<string, unknown>, signType: SignType): Promise<CryptoKey> {
  if (values['public-key'] !== undefined && values['alipay-public-cert'] !== undefined) throw new UsageError('give --public-key or --alipay-public-cert, not both');
  const { settings } = new Settings(io, values).group([PUBLIC_CERT, PUBLIC_KEY]);
  const cert = settings.get(PUBLIC_CERT);
  if (cert) return importPublicKey({ format: 'spki', source: 'spki', der: certificatePublicKey(readPemCertificates(String(cert.value))[0]!) }, signType);
  const key = settings.get(PUBLIC_KEY);
  if (!key) throw new UsageError('no Alipay public key: give --public-key (or --alipay-public-cert), or set ALIPAY_PUBLIC_KEY');
  return importPublicKey(String(key.value), signType);
}

export const verifyResponse: Command = {
  summary: 'verify a saved gateway answer: prints the signed span and the verdict',
  help: `Usage: alipay-edge verify-response --method METHOD --body FILE|- [--public-key KEY | --alipay-public-cert PEM] [--sign-type RSA2|RSA]

Finds the signed span of a JSON or XML answer (the raw text of <method>_response or
error_response), prints it with the sign, and verifies it with Alipay's public key (or certificate;
default $ALIPAY_PUBLIC_KEY). Exit code 0 when the signature is valid, 1 when it is not.`,
  async run(args, io) {
    const { values } = parse(args, { method: { type: 'string' }, body: { type: 'string' }, 'public-key': { type: 'string' }, 'alipay-public-cert': { type: 'string' }, 'sign-type': { type: 'string' } });
    if (values.help) return help(this, io);
    if (!values.method || !values.body) throw new UsageError('--method and --body are required');
    const body = readValue(io, values.body as string, '--body');
    const signType = signTypeOf(values['sign-type']);
    const span = body.trimStart().startsWith('<') ? (await import('../xml.ts')).extractXmlSpan(body, values.method as string) : extractJsonSpan(body, values.method as string);
    io.out(`node: ${span.node}\nsigned span: ${span.content}\nsign: ${span.sign ?? '(none)'}${span.certSn ? `\nalipay_cert_sn: ${span.certSn}` : ''}`);
    const verified = await verifySignedSpan(span, await verifyingKey(io, values, signType));
    io.out(verified === undefined ? `verdict: INVALID (${span.sign === undefined ? 'the answer has no sign' : 'the signature does not verify with this key'})` : `verdict: valid${verified !== span.content ? ' (after the \\/ → / retry)' : ''}`);
    // A valid signature on an isv.invalid-signature answer is the gateway saying the *request* was
    // wrong: show what it signed and where to go next.
    const echoed = gatewaySignContent(readAnswer(body).subMsg);
    if (echoed !== undefined) {
      io.out(`note: this answer is isv.invalid-signature: the gateway could not verify your request's signature.\ngateway's sign content: ${hideTokens(echoed)}\nCompare it with your request: alipay-edge diagnose --answer <this file> --query '<your request URL or form body>' (or --sign-content).`);
    }
    return verified === undefined ? EXIT.failed : EXIT.ok;
  },
};

export const verifyNotifyCommand: Command = {
  summary: 'verify a notification (form body or query string): prints the sign content and the verdict',
  help: `Usage: alipay-edge verify-notify (--body FILE|- | --query STRING | --json FILE) [--rule v1|v2] [--public-key KEY | --alipay-public-cert PEM]

Verifies an asynchronous notification (the raw form body POSTed to notify_url) or a return_url
query, decoding values exactly once. --rule v1 (default) leaves sign and sign_type out of the sign
content, v2 only sign. Exit code 0 when valid, 1 when not.`,
  async run(args, io) {
    const { values } = parse(args, { body: { type: 'string' }, query: { type: 'string' }, json: { type: 'string' }, rule: { type: 'string' }, 'public-key': { type: 'string' }, 'alipay-public-cert': { type: 'string' } });
    if (values.help) return help(this, io);
    const rule = (values.rule ?? 'v1') as string;
    if (rule !== 'v1' && rule !== 'v2') throw new UsageError('--rule must be v1 or v2');
    let params: string | Record<string, string>;
    if (values.body !== undefined) params = readValue(io, values.body as string, '--body').trim();
    else if (values.query !== undefined) params = readValue(io, values.query as string, '--query').trim().replace(/^[^?]*\?/, '');
    else if (values.json !== undefined) params = readParams(io, { json: values.json as string });
    else throw new UsageError('give the notification with --body, --query or --json');
    const record = typeof params === 'string' ? Object.fromEntries(decodeForm(params, 'utf-8')) : params;
    const exclude = rule === 'v1' ? ['sign_type'] : [];
    io.out(`sign content (${rule}): ${buildSignContent(record, { exclude })}`);
    // The notification names its own algorithm: one the gateway never uses makes it invalid, not the
    // command line wrong.
    const declared = record.sign_type;
    if (declared !== undefined && declared !== '' && declared !== 'RSA2' && declared !== 'RSA') {
      io.out(`verdict: INVALID (the notification's sign_type ${JSON.stringify(declared)} is neither RSA2 nor RSA)`);
      return EXIT.failed;
    }
    const signType: SignType = declared === 'RSA' ? 'RSA' : 'RSA2';
    const valid = await verifyNotify(params, await verifyingKey(io, values, signType), { rule });
    io.out(`verdict: ${valid ? 'valid' : 'INVALID'}`);
    return valid ? EXIT.ok : EXIT.failed;
  },
};
