// Configured calls: doctor (configuration checks, with --call one real call) and call.
import { AlipayClient, type AlipayClientConfig, type KnownMethod } from '../index.ts';
import { xml } from '../xml.ts';
import { buildSignContent, importPrivateKey, importPublicKey, parsePrivateKey, signContent, verifyContent } from '../protocol.ts';
import { createGatewayCore, generateKeyPair } from '../../mocks/index.ts';
import { CONFIG_HELP, configOptions, readConfig } from './client-config.ts';
import { type Command, help, isAlipayError, isApiError, parse } from './command.ts';
import { explainError } from './explain.ts';
import { EXIT, UsageError, readValue } from './io.ts';
import { parseJsonObject } from './json.ts';
import { Settings } from './settings.ts';

export const doctor: Command = {
  summary: 'check a configuration, sign a sample, and with --call make one real call',
  help: `Usage: alipay-edge doctor [configuration] [--app-public-key KEY] [--call]

Runs the client's configuration checks (keys readable, alipayPublicKey not your own public key,
RSA2 keys of 2048 bits, one mode only…), signs a sample request, and with --app-public-key (or
$ALIPAY_APP_PUBLIC_KEY) checks that the public key you uploaded belongs to the private key. With
--call, makes one call (alipay.marketing.card.query for a card that does not exist) and explains
the answer. Exit code 0 when every check passes, 1 otherwise.
${CONFIG_HELP}`,
  async run(args, io) {
    const { values } = parse(args, { ...configOptions, call: { type: 'boolean' } });
    if (values.help) return help(this, io);
    const { config, gatewayFrom, gatewayOverridden, emptyVariables } = readConfig(io, values);
    let failures = 0;
    const ok = (line: string) => io.out(`✓ ${line}`);
    const fail = (line: string) => {
      failures++;
      io.out(`✗ ${line}`);
    };
    const empty = (name: string) => (emptyVariables.includes(name) ? ` (${name} is set, but empty)` : '');
    if (!config.appId) fail(`appId: missing (--app-id or ALIPAY_APP_ID)${empty('ALIPAY_APP_ID')}`);
    else ok(`appId ${String(config.appId)}`);
    if (!config.privateKey) {
      fail(`privateKey: missing (--private-key or ALIPAY_PRIVATE_KEY)${empty('ALIPAY_PRIVATE_KEY')}`);
      return EXIT.failed;
    }
    let client: AlipayClient;
    try {
      client = new AlipayClient({ appId: config.appId ?? '0', xml, ...config } as AlipayClientConfig);
      const parsed = parsePrivateKey(config.privateKey);
      ok(`privateKey: ${parsed.source === 'pkcs1' ? 'PKCS#1' : 'PKCS#8'}, RSA ${parsed.modulus ? parsed.modulus.length * 8 : '?'} bits`);
      ok(config.alipayPublicKey !== undefined ? "alipayPublicKey: readable, and not your app's own key" : 'certificates: readable');
    } catch (err) {
      fail(explainError(err, typeof config.gateway === 'string' ? config.gateway : ''));
      return EXIT.failed;
    }
    // Which gateway, and why: a value left in the shell must not pass for the one asked for.
    const over = gatewayOverridden.length > 0 ? `; ${gatewayOverridden.join(', ')} left out` : '';
    ok(`gateway ${client.gateway} (${gatewayFrom ?? 'the default: production'}${over})`);
    if (client.gateway.startsWith('http:') && !/^http:\/\/(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])[:/]/.test(client.gateway)) {
      io.out(`! gateway ${client.gateway} is plain http on a host that is not this machine: fine for a test setup, never for Alipay (https).`);
    }
    const appPublicKey = new Settings(io, values).text({ flag: 'app-public-key', env: 'ALIPAY_APP_PUBLIC_KEY', file: true })?.value;
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
        const explained = explainError(err, client.gateway);
        if (isApiError(err) && err.verified && err.subCode !== 'isv.invalid-signature') ok(`call to ${client.gateway}: ${explained}`);
        else fail(`call to ${client.gateway}: ${explained}`);
      }
    }
    io.out(failures === 0 ? 'All checks passed.' : `${failures} check(s) failed.`);
    return failures === 0 ? EXIT.ok : EXIT.failed;
  },
};

/** The options that make a configuration someone's real one. */
const CREDENTIALS = ['appId', 'privateKey', 'alipayPublicKey', 'appCert', 'alipayPublicCert', 'alipayRootCert'] as const;

export const call: Command = {
  summary: 'call one gateway method and print the verified result (the embedded mock without credentials)',
  help: `Usage: alipay-edge call METHOD [--biz JSON] [--auth-token TOKEN] [--format json|xml] [configuration]

Calls METHOD on the configured gateway and prints the verified result as JSON. With no credential
and no gateway configured at all, calls an embedded mock gateway instead (the documents' sample
card and form) and says so on stderr; a partial configuration is refused. Exit code 0 on success,
1 when the gateway answers an error (or the answer fails verification), 2 when the request or the
configuration is refused before anything is sent.
${CONFIG_HELP}`,
  async run(args, io) {
    const { values, positionals } = parse(args, { ...configOptions, biz: { type: 'string' }, 'auth-token': { type: 'string' }, format: { type: 'string' } });
    if (values.help) return help(this, io);
    const method = positionals[0];
    if (!method) throw new UsageError('give the METHOD to call');
    const biz = values.biz === undefined ? undefined : parseJsonObject(readValue(io, values.biz as string, '--biz'), '--biz');
    const format = values.format === undefined ? undefined : values.format === 'json' || values.format === 'xml' ? values.format : (() => { throw new UsageError('--format must be json or xml'); })();
    let { config } = readConfig(io, values);
    const given = CREDENTIALS.filter((key) => config[key] !== undefined);
    if (given.length === 0 && config.gateway === undefined) {
      const app = await generateKeyPair();
      const core = await createGatewayCore({ appPublicKey: app.publicKey });
      config = { appId: core.appId, privateKey: app.privateKey, alipayPublicKey: core.alipayPublicKey, fetch: async (input, init) => core.handle(new Request(input, init)) };
      io.err('*** No credentials configured (no ALIPAY_APP_ID, ALIPAY_PRIVATE_KEY, ALIPAY_PUBLIC_KEY…): this call goes to an EMBEDDED MOCK gateway, not Alipay. ***');
    } else {
      // Half a configuration is a mistake, never a reason to answer from the mock.
      const missing = [
        ...(config.appId ? [] : ['--app-id / ALIPAY_APP_ID']),
        ...(config.privateKey ? [] : ['--private-key / ALIPAY_PRIVATE_KEY']),
        ...(config.alipayPublicKey || config.alipayPublicCert ? [] : ['--alipay-public-key / ALIPAY_PUBLIC_KEY (or the certificates)']),
      ];
      if (missing.length > 0) throw new UsageError(`incomplete configuration (${given.length > 0 ? `given: ${given.join(', ')}` : `gateway ${config.gateway}`}); missing ${missing.join(', ')}. Without any credentials, call uses the embedded mock gateway.`);
    }
    // Every operation of the catalogue is known by name, so the call is validated and routed.
    const { allApis } = await import('../apis-all.ts');
    const client = new AlipayClient({ ...config, xml, apis: allApis, ...(format && { format }) } as AlipayClientConfig);
    try {
      const result = await client.execute(method as KnownMethod, biz as never, { ...(values['auth-token'] && { authToken: values['auth-token'] as string }) });
      io.out(JSON.stringify(result, null, 2));
      return EXIT.ok;
    } catch (err) {
      if (!isAlipayError(err)) throw err;
      io.err(explainError(err, client.gateway));
      // A request the client refuses to send is a usage mistake (fix --biz); the rest are answers.
      return err.code === 'ERR_REQUEST_INVALID' || err.code === 'ERR_CONFIG' ? EXIT.usage : EXIT.failed;
    }
  },
};
