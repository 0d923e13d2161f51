// `alipay-edge mock-gateway`: the mock gateway as a loopback HTTP server, until stopped.
import { writeFileSync } from 'node:fs';
import { startMockServer } from '../../mocks/server.ts';
import { SAMPLE_AUTH_TOKEN, generateKeyPair } from '../../mocks/index.ts';
import { type Command, help, parse } from './command.ts';
import { EXIT, UsageError, readValue } from './io.ts';

/** A PEM's base64 on one line: the library reads it as well, and env files take one line per value. */
const oneLine = (pem: string) => pem.replace(/-----[A-Z ]+-----|\s/g, '');

// The flag is --write-env, not --env-file: Node 20 reads --env-file anywhere on its command line,
// even after the script name, and would fail before this command ran.
export const mockGateway: Command = {
  summary: 'run the mock gateway as an HTTP server on 127.0.0.1',
  help: `Usage: alipay-edge mock-gateway [--port N] [--write-env FILE] [--app-id ID] [--app-public-key KEY] [--seed N]

Starts the mock gateway on 127.0.0.1 (v2 /gateway.do, OpenAPI v3 /v3/…, the cashier for page
payments) and prints the configuration clients need as ALIPAY_* lines: ALIPAY_APP_ID,
ALIPAY_PRIVATE_KEY (a generated app key; not with --app-public-key), ALIPAY_PUBLIC_KEY (the mock's
Alipay key), ALIPAY_GATEWAY, ALIPAY_ENDPOINT (v3) and ALIPAY_USER_TOKEN (a user token the
activation-form query accepts). With --write-env, also writes them to FILE (KEY=value lines: for
node --env-file, deno --env-file, wrangler's .dev.vars, or set -a; . FILE). Every exchange is
logged. Ctrl-C (SIGINT) or SIGTERM stops it (exit code 0).`,
  async run(args, io) {
    const { values } = parse(args, { port: { type: 'string' }, 'write-env': { type: 'string' }, 'app-id': { type: 'string' }, 'app-public-key': { type: 'string' }, seed: { type: 'string' } });
    if (values.help) return help(this, io);
    const port = Number(values.port ?? 0);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got ${String(values.port)}`);
    const app = values['app-public-key'] ? undefined : await generateKeyPair();
    const appPublicKey = values['app-public-key'] ? readValue(io, values['app-public-key'] as string, '--app-public-key') : app!.publicKey;
    const server = await startMockServer({
      appPublicKey,
      port,
      ...(values['app-id'] && { appId: values['app-id'] as string }),
      ...(values.seed && { seed: Number(values.seed) }),
      onExchange: (line) => io.out(`${new Date().toISOString()} ${line}`),
    });
    const env = [
      `ALIPAY_APP_ID=${server.gateway.appId}`,
      ...(app ? [`ALIPAY_PRIVATE_KEY=${oneLine(app.privateKey)}`] : []),
      `ALIPAY_PUBLIC_KEY=${oneLine(server.gateway.alipayPublicKey)}`,
      `ALIPAY_GATEWAY=${server.gatewayUrl}`,
      `ALIPAY_ENDPOINT=${server.gatewayUrl.replace(/\/gateway\.do$/, '')}`,
      `ALIPAY_USER_TOKEN=${SAMPLE_AUTH_TOKEN}`,
    ];
    if (values['write-env']) writeFileSync(values['write-env'] as string, `${env.join('\n')}\n`, { mode: 0o600 });
    io.out(`# The mock gateway's configuration${values['write-env'] ? ` (also in ${values['write-env'] as string})` : ''}: point a client at it with these.`);
    for (const line of env) io.out(line);
    io.out(`mock gateway listening on ${server.gatewayUrl} (Ctrl-C to stop)`);
    const signal = await io.stopped();
    await server.close();
    io.out(`mock gateway stopped (${signal})`);
    return EXIT.ok;
  },
};
