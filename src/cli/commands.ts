// The commands of the alipay-edge CLI. Node APIs are fine here: the CLI lives apart from the core.
import { createPrivateKey } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type AlipayApiError,
  AlipayClient,
  type AlipayClientConfig,
  type AlipayError,
  type SignType,
  buildSignContent,
  extractJsonSpan,
  importPrivateKey,
  importPublicKey,
  parsePrivateKey,
  signContent,
  decodeForm,
  verifyContent,
  verifyNotify,
  verifySignedSpan,
} from '../index.ts';
import { certificatePublicKey, readPemCertificates } from '../cert.ts';
import { createGatewayCore } from '../../mocks/gateway.ts';
import { generateKeyPair } from '../../mocks/keys.ts';
import { startMockServer } from '../../mocks/server.ts';
import { EXIT, UsageError, fromFlagOrEnv, readParams, readValue } from './io.ts';

/** A command: its one-line summary, its help text, and what it runs. */
export interface Command {
  summary: string;
  help: string;
  run(args: string[]): Promise<number>;
}

type Options = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;
/** Parsed flags, loosely typed: each command reads the ones it declared. */
type Values = Record<string, string | boolean | string[] | undefined>;

function parse(args: string[], options: Options): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: values as Values, positionals };
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

const signTypeOf = (value: unknown): SignType => {
  if (value === undefined) return 'RSA2';
  if (value !== 'RSA2' && value !== 'RSA') throw new UsageError(`--sign-type must be RSA2 or RSA, got ${String(value)}`);
  return value;
};

const paramOptions = {
  param: { type: 'string', multiple: true },
  json: { type: 'string' },
  query: { type: 'string' },
} as const;

const PARAM_HELP = `Parameters: --param key=value (repeatable), --json FILE|-|TEXT (a JSON object), --query STRING (a
query string or URL; decoded once).`;

const keygen: Command = {
  summary: 'create a 2048-bit RSA key pair for an Alipay app',
  help: `Usage: alipay-edge keygen [--pkcs1] [--out-dir DIR] [--json]

Creates a 2048-bit RSA key pair. Prints the private key (PKCS#8 PEM, or PKCS#1 with --pkcs1), the
public key as SPKI PEM, and the public key as one line of base64 — the form the Alipay console asks
for when you set the app's key. With --out-dir, writes app_private_key.pem (mode 600),
app_public_key.pem and app_public_key.txt there instead. --json prints one JSON object.`,
  async run(args) {
    const { values } = parse(args, { pkcs1: { type: 'boolean' }, 'out-dir': { type: 'string' }, json: { type: 'boolean' } });
    if (values.help) return help(this);
    const pair = await generateKeyPair(2048);
    let privateKey = pair.privateKey;
    if (values.pkcs1) {
      privateKey = createPrivateKey(pair.privateKey).export({ type: 'pkcs1', format: 'pem' }) as string;
    }
    const oneLine = pair.publicKey.replace(/-----[A-Z ]+-----|\s/g, '');
    if (values['out-dir']) {
      const dir = values['out-dir'] as string;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'app_private_key.pem'), privateKey, { mode: 0o600 });
      writeFileSync(join(dir, 'app_public_key.pem'), pair.publicKey);
      writeFileSync(join(dir, 'app_public_key.txt'), `${oneLine}\n`);
      console.log(`Wrote ${join(dir, 'app_private_key.pem')} (keep it secret), app_public_key.pem and app_public_key.txt (paste it into the Alipay console).`);
    } else if (values.json) {
      console.log(JSON.stringify({ privateKey, publicKey: pair.publicKey, publicKeyOneLine: oneLine, format: values.pkcs1 ? 'pkcs1' : 'pkcs8' }, null, 2));
    } else {
      console.log(`# App private key (${values.pkcs1 ? 'PKCS#1' : 'PKCS#8'}): keep it secret, give it to AlipayClient as privateKey\n${privateKey}`);
      console.log(`# App public key (SPKI PEM)\n${pair.publicKey}`);
      console.log(`# App public key, one line: paste this into the Alipay console\n${oneLine}`);
    }
    return EXIT.ok;
  },
};

const signContentCommand: Command = {
  summary: 'print the exact sign content of some parameters',
  help: `Usage: alipay-edge sign-content (--param k=v ... | --json FILE | --query STRING) [--exclude KEY ...]

Prints the string that is signed: every parameter except sign (and --exclude keys), empty ones left
out, sorted by UTF-16 code unit, joined as key=value with &, values raw. Compare it with the one
the gateway echoes in an isv.invalid-signature answer.
${PARAM_HELP}`,
  async run(args) {
    const { values } = parse(args, { ...paramOptions, exclude: { type: 'string', multiple: true } });
    if (values.help) return help(this);
    console.log(buildSignContent(readParams(values as never), { exclude: (values.exclude as string[] | undefined) ?? [] }));
    return EXIT.ok;
  },
};

const sign: Command = {
  summary: 'sign parameters: prints the sign content and the signature',
  help: `Usage: alipay-edge sign (--param k=v ... | --json FILE | --query STRING) [--private-key KEY] [--sign-type RSA2|RSA] [--json-output]

Prints the sign content and its signature with the app's private key (a file, - for stdin, the PEM
or base64 text, or $ALIPAY_PRIVATE_KEY). The sign type defaults to the sign_type parameter, else RSA2.
${PARAM_HELP}`,
  async run(args) {
    const { values } = parse(args, { ...paramOptions, 'private-key': { type: 'string' }, 'sign-type': { type: 'string' }, 'json-output': { type: 'boolean' } });
    if (values.help) return help(this);
    const params = readParams(values as never);
    const keyText = fromFlagOrEnv(values['private-key'] as string | undefined, 'ALIPAY_PRIVATE_KEY', '--private-key');
    if (!keyText) throw new UsageError('no private key: give --private-key or set ALIPAY_PRIVATE_KEY');
    const signType = signTypeOf(values['sign-type'] ?? params.sign_type);
    const content = buildSignContent(params);
    const signature = await signContent(content, await importPrivateKey(keyText, signType));
    if (values['json-output']) console.log(JSON.stringify({ signType, signContent: content, sign: signature }, null, 2));
    else console.log(`sign_type: ${signType}\nsign content: ${content}\nsign: ${signature}`);
    return EXIT.ok;
  },
};

/** A public key from --public-key / --alipay-public-cert / $ALIPAY_PUBLIC_KEY. */
async function verifyingKey(values: Record<string, unknown>, signType: SignType): Promise<CryptoKey> {
  const cert = fromFlagOrEnv(values['alipay-public-cert'] as string | undefined, 'ALIPAY_PUBLIC_CERT', '--alipay-public-cert');
  if (cert) return importPublicKey({ format: 'spki', source: 'spki', der: certificatePublicKey(readPemCertificates(cert)[0]!) }, signType);
  const key = fromFlagOrEnv(values['public-key'] as string | undefined, 'ALIPAY_PUBLIC_KEY', '--public-key');
  if (!key) throw new UsageError("no Alipay public key: give --public-key (or --alipay-public-cert), or set ALIPAY_PUBLIC_KEY");
  return importPublicKey(key, signType);
}

const verifyResponse: Command = {
  summary: 'verify a saved gateway answer: prints the signed span and the verdict',
  help: `Usage: alipay-edge verify-response --method METHOD --body FILE|- [--public-key KEY | --alipay-public-cert PEM] [--sign-type RSA2|RSA]

Finds the signed span of a JSON or XML answer (the raw text of <method>_response or
error_response), prints it with the sign, and verifies it with Alipay's public key (or certificate;
default $ALIPAY_PUBLIC_KEY). Exit code 0 when the signature is valid, 1 when it is not.`,
  async run(args) {
    const { values } = parse(args, { method: { type: 'string' }, body: { type: 'string' }, 'public-key': { type: 'string' }, 'alipay-public-cert': { type: 'string' }, 'sign-type': { type: 'string' } });
    if (values.help) return help(this);
    if (!values.method || !values.body) throw new UsageError('--method and --body are required');
    const body = readValue(values.body as string, '--body');
    const signType = signTypeOf(values['sign-type']);
    const span = body.trimStart().startsWith('<') ? (await import('../xml.ts')).extractXmlSpan(body, values.method as string) : extractJsonSpan(body, values.method as string);
    console.log(`node: ${span.node}\nsigned span: ${span.content}\nsign: ${span.sign ?? '(none)'}${span.certSn ? `\nalipay_cert_sn: ${span.certSn}` : ''}`);
    const verified = await verifySignedSpan(span, await verifyingKey(values, signType));
    console.log(verified === undefined ? `verdict: INVALID (${span.sign === undefined ? 'the answer has no sign' : 'the signature does not verify with this key'})` : `verdict: valid${verified !== span.content ? ' (after the \\/ → / retry)' : ''}`);
    return verified === undefined ? EXIT.failed : EXIT.ok;
  },
};

const verifyNotifyCommand: Command = {
  summary: 'verify a notification (form body or query string): prints the sign content and the verdict',
  help: `Usage: alipay-edge verify-notify (--body FILE|- | --query STRING | --json FILE) [--rule v1|v2] [--public-key KEY | --alipay-public-cert PEM]

Verifies an asynchronous notification (the raw form body POSTed to notify_url) or a return_url
query, decoding values exactly once. --rule v1 (default) leaves sign and sign_type out of the sign
content, v2 only sign. Exit code 0 when valid, 1 when not.`,
  async run(args) {
    const { values } = parse(args, { body: { type: 'string' }, query: { type: 'string' }, json: { type: 'string' }, rule: { type: 'string' }, 'public-key': { type: 'string' }, 'alipay-public-cert': { type: 'string' } });
    if (values.help) return help(this);
    const rule = (values.rule ?? 'v1') as string;
    if (rule !== 'v1' && rule !== 'v2') throw new UsageError('--rule must be v1 or v2');
    let params: string | Record<string, string>;
    if (values.body !== undefined) params = readValue(values.body as string, '--body').trim();
    else if (values.query !== undefined) params = readValue(values.query as string, '--query').trim().replace(/^[^?]*\?/, '');
    else if (values.json !== undefined) params = readParams({ json: values.json as string });
    else throw new UsageError('give the notification with --body, --query or --json');
    const entries = typeof params === 'string' ? new URLSearchParams(params) : new URLSearchParams(params);
    const signType = signTypeOf(entries.get('sign_type') ?? undefined);
    const exclude = rule === 'v1' ? ['sign_type'] : [];
    const record = typeof params === 'string' ? Object.fromEntries(decodeForm(params, 'utf-8')) : params;
    console.log(`sign content (${rule}): ${buildSignContent(record, { exclude })}`);
    const valid = await verifyNotify(params, await verifyingKey(values, signType), { rule });
    console.log(`verdict: ${valid ? 'valid' : 'INVALID'}`);
    return valid ? EXIT.ok : EXIT.failed;
  },
};

const configOptions = {
  config: { type: 'string' },
  'app-id': { type: 'string' },
  'private-key': { type: 'string' },
  'alipay-public-key': { type: 'string' },
  'app-cert': { type: 'string' },
  'alipay-public-cert': { type: 'string' },
  'alipay-root-cert': { type: 'string' },
  'app-public-key': { type: 'string' },
  gateway: { type: 'string' },
  sandbox: { type: 'boolean' },
  'sign-type': { type: 'string' },
} as const;

const CONFIG_HELP = `Configuration: --config FILE (JSON with AlipayClient's option names), or flags --app-id,
--private-key, --alipay-public-key (or --app-cert, --alipay-public-cert, --alipay-root-cert),
--gateway, --sandbox, --sign-type; or environment variables ALIPAY_APP_ID, ALIPAY_PRIVATE_KEY,
ALIPAY_PUBLIC_KEY, ALIPAY_APP_CERT, ALIPAY_PUBLIC_CERT, ALIPAY_ROOT_CERT, ALIPAY_GATEWAY.
Key and certificate values may be file paths, - for stdin, or the text.`;

/** The configuration from --config, flags and environment variables (flags win). */
function readConfig(values: Record<string, unknown>): Partial<AlipayClientConfig> {
  const file = values.config !== undefined ? (JSON.parse(readValue(values.config as string, '--config')) as Partial<AlipayClientConfig>) : {};
  const pick = (flag: string, env: string, key: keyof AlipayClientConfig) => {
    const value = fromFlagOrEnv(values[flag] as string | undefined, env, `--${flag}`) ?? (file[key] as string | undefined);
    return value === undefined ? {} : { [key]: value };
  };
  return {
    ...file,
    ...pick('app-id', 'ALIPAY_APP_ID', 'appId'),
    ...pick('private-key', 'ALIPAY_PRIVATE_KEY', 'privateKey'),
    ...pick('alipay-public-key', 'ALIPAY_PUBLIC_KEY', 'alipayPublicKey'),
    ...pick('app-cert', 'ALIPAY_APP_CERT', 'appCert'),
    ...pick('alipay-public-cert', 'ALIPAY_PUBLIC_CERT', 'alipayPublicCert'),
    ...pick('alipay-root-cert', 'ALIPAY_ROOT_CERT', 'alipayRootCert'),
    ...(values.gateway !== undefined ? { gateway: values.gateway as string } : process.env.ALIPAY_GATEWAY ? { gateway: process.env.ALIPAY_GATEWAY } : {}),
    ...(values.sandbox ? { sandbox: true } : {}),
    ...(values['sign-type'] !== undefined ? { signType: signTypeOf(values['sign-type']) } : {}),
  };
}

// By name, not instanceof: the built CLI and the installed library are separate modules.
const isApiError = (err: unknown): err is AlipayApiError => err instanceof Error && err.name === 'AlipayApiError';
export const isAlipayError = (err: unknown): err is AlipayError => err instanceof Error && (err.name === 'AlipayError' || err.name === 'AlipayApiError');

const explainError = (err: unknown): string => {
  if (isApiError(err)) {
    const base = `the gateway answered ${err.code} ${err.msg}${err.subCode ? ` ${err.subCode}: ${err.subMsg ?? ''}` : ''} (${err.verified ? 'signed, verified' : 'unsigned'})`;
    switch (err.subCode) {
      case 'isv.invalid-signature':
        return `${base}\n  → the gateway does not accept the signature. ${err.message.split('\n')[1] ?? ''}`;
      case 'isv.invalid-app-id':
        return `${base}\n  → this gateway does not know the app id: a sandbox app on production (or the reverse)? Use --sandbox for sandbox apps.`;
      default:
        return `${base}\n  → the gateway accepted the app id and the signature, and its answer verified with alipayPublicKey: the keys are right.`;
    }
  }
  if (isAlipayError(err)) {
    if (err.code === 'ERR_SIGNATURE_INVALID') return `${err.message}\n  → alipayPublicKey is not the key Alipay signs this app's answers with: copy 支付宝公钥 from the console again.`;
    if (err.code === 'ERR_NETWORK' || err.code === 'ERR_TIMEOUT') return `${err.message}\n  → the gateway could not be reached.`;
    return `${err.code}: ${err.message}`;
  }
  return String(err);
};

const doctor: Command = {
  summary: 'check a configuration, sign a sample, and with --call make one real call',
  help: `Usage: alipay-edge doctor [configuration] [--call]

Runs the client's configuration checks (keys readable, alipayPublicKey not your own public key,
RSA2 keys of 2048 bits, one mode only…), signs a sample request, and with --app-public-key checks
that the public key you uploaded belongs to the private key. With --call, makes one call
(alipay.marketing.card.query for a card that does not exist) and explains the answer. Exit code 0
when every check passes, 1 otherwise.
${CONFIG_HELP}`,
  async run(args) {
    const { values } = parse(args, { ...configOptions, call: { type: 'boolean' } });
    if (values.help) return help(this);
    const config = readConfig(values);
    let failures = 0;
    const ok = (line: string) => console.log(`✓ ${line}`);
    const fail = (line: string) => {
      failures++;
      console.log(`✗ ${line}`);
    };
    if (!config.appId) fail('appId: missing (--app-id or ALIPAY_APP_ID)');
    else ok(`appId ${config.appId}`);
    if (!config.privateKey) {
      fail('privateKey: missing (--private-key or ALIPAY_PRIVATE_KEY)');
      return EXIT.failed;
    }
    let client: AlipayClient;
    try {
      client = new AlipayClient({ appId: config.appId ?? '0', ...config } as AlipayClientConfig);
      const parsed = parsePrivateKey(config.privateKey);
      ok(`privateKey: ${parsed.source === 'pkcs1' ? 'PKCS#1' : 'PKCS#8'}, RSA ${parsed.modulus ? parsed.modulus.length * 8 : '?'} bits`);
      ok(config.alipayPublicKey !== undefined ? "alipayPublicKey: readable, and not your app's own key" : 'certificates: readable');
    } catch (err) {
      fail(explainError(err));
      return EXIT.failed;
    }
    const appPublicKey = fromFlagOrEnv(values['app-public-key'] as string | undefined, 'ALIPAY_APP_PUBLIC_KEY', '--app-public-key');
    const signType = client.signType;
    const sample = { app_id: client.appId, method: 'alipay.marketing.card.query', charset: 'utf-8', sign_type: signType, timestamp: '2024-01-01 00:00:00', version: '1.0' };
    const content = buildSignContent(sample);
    const signature = await signContent(content, await importPrivateKey(config.privateKey, signType));
    ok(`signs: ${content} → ${signature.slice(0, 24)}…`);
    if (appPublicKey) {
      if (await verifyContent(content, signature, await importPublicKey(appPublicKey, signType))) ok('app public key: belongs to privateKey (this is the key to upload to the console)');
      else fail('app public key: does NOT belong to privateKey — upload the public key of this private key (npx alipay-edge keygen makes a matching pair)');
    }
    if (values.call) {
      try {
        await client.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: 'alipay-edge-doctor' });
        ok(`call to ${client.gateway}: success`);
      } catch (err) {
        const explained = explainError(err);
        if (isApiError(err) && err.verified && err.subCode !== 'isv.invalid-signature') ok(`call to ${client.gateway}: ${explained}`);
        else fail(`call to ${client.gateway}: ${explained}`);
      }
    }
    console.log(failures === 0 ? 'All checks passed.' : `${failures} check(s) failed.`);
    return failures === 0 ? EXIT.ok : EXIT.failed;
  },
};

const call: Command = {
  summary: 'call one gateway method and print the verified result (the embedded mock without credentials)',
  help: `Usage: alipay-edge call METHOD [--biz JSON] [--auth-token TOKEN] [--format json|xml] [configuration]

Calls METHOD on the configured gateway and prints the verified result as JSON. Without credentials
(no ALIPAY_APP_ID / ALIPAY_PRIVATE_KEY), calls an embedded mock gateway instead (the documents'
sample card and form). Exit code 0 on success, 1 when the gateway answers an error.
${CONFIG_HELP}`,
  async run(args) {
    const { values, positionals } = parse(args, { ...configOptions, biz: { type: 'string' }, 'auth-token': { type: 'string' }, format: { type: 'string' } });
    if (values.help) return help(this);
    const method = positionals[0];
    if (!method) throw new UsageError('give the METHOD to call');
    let biz: Record<string, unknown> | undefined;
    if (values.biz !== undefined) {
      try {
        biz = JSON.parse(readValue(values.biz as string, '--biz')) as Record<string, unknown>;
      } catch {
        throw new UsageError('--biz is not JSON');
      }
    }
    const format = values.format === undefined ? undefined : values.format === 'json' || values.format === 'xml' ? values.format : (() => { throw new UsageError('--format must be json or xml'); })();
    let config = readConfig(values);
    if (!config.appId || !config.privateKey) {
      const app = await generateKeyPair();
      const core = await createGatewayCore({ appPublicKey: app.publicKey });
      config = { appId: core.appId, privateKey: app.privateKey, alipayPublicKey: core.alipayPublicKey, fetch: async (input, init) => core.handle(new Request(input, init)) };
      console.error('(no credentials configured: calling the embedded mock gateway)');
    }
    const client = new AlipayClient({ ...config, ...(format && { format }) } as AlipayClientConfig);
    try {
      const result = await client.execute(method as never, biz as never, { ...(values['auth-token'] && { authToken: values['auth-token'] as string }) });
      console.log(JSON.stringify(result, null, 2));
      return EXIT.ok;
    } catch (err) {
      if (!isAlipayError(err)) throw err;
      console.error(explainError(err));
      // A request the client refuses to send is a usage mistake (fix --biz); the rest are answers.
      return err.code === 'ERR_REQUEST_INVALID' || err.code === 'ERR_CONFIG' ? EXIT.usage : EXIT.failed;
    }
  },
};

const mockGateway: Command = {
  summary: 'run the mock gateway as an HTTP server on 127.0.0.1',
  help: `Usage: alipay-edge mock-gateway [--port N] [--app-id ID] [--app-public-key KEY] [--seed N]

Starts the mock gateway on 127.0.0.1 and prints the configuration clients need (gateway URL, app
id, Alipay's public key). Without --app-public-key an app key pair is generated and its private key
printed too. Every exchange is logged. Ctrl-C (SIGINT) or SIGTERM stops it (exit code 0).`,
  async run(args) {
    const { values } = parse(args, { port: { type: 'string' }, 'app-id': { type: 'string' }, 'app-public-key': { type: 'string' }, seed: { type: 'string' } });
    if (values.help) return help(this);
    const port = Number(values.port ?? 0);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got ${String(values.port)}`);
    const app = values['app-public-key'] ? undefined : await generateKeyPair();
    const appPublicKey = values['app-public-key'] ? readValue(values['app-public-key'] as string, '--app-public-key') : app!.publicKey;
    const server = await startMockServer({
      appPublicKey,
      port,
      ...(values['app-id'] && { appId: values['app-id'] as string }),
      ...(values.seed && { seed: Number(values.seed) }),
      onExchange: (line) => console.log(`${new Date().toISOString()} ${line}`),
    });
    console.log(
      JSON.stringify(
        { gateway: server.gatewayUrl, appId: server.gateway.appId, alipayPublicKey: server.gateway.alipayPublicKey, ...(app ? { appPrivateKey: app.privateKey, appPublicKey: app.publicKey } : { appPublicKey }) },
        null,
        2,
      ),
    );
    console.log(`mock gateway listening on ${server.gatewayUrl} (Ctrl-C to stop)`);
    return new Promise<number>((resolve) => {
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        void server.close().then(() => {
          console.log(`mock gateway stopped (${signal})`);
          resolve(EXIT.ok);
        });
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
  },
};

function help(command: Command): number {
  console.log(command.help);
  return EXIT.ok;
}

/** Every command, by name. */
export const commands: Record<string, Command> = {
  keygen,
  'sign-content': signContentCommand,
  sign,
  'verify-response': verifyResponse,
  'verify-notify': verifyNotifyCommand,
  doctor,
  call,
  'mock-gateway': mockGateway,
};

