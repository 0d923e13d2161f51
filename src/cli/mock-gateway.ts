// `alipay-edge mock-gateway`: the mock gateway as a loopback HTTP server, until stopped.
import { startMockServer } from '../../mocks/server.ts';
import { SAMPLE_AUTH_TOKEN, generateKeyPair } from '../../mocks/index.ts';
import { type Command, help, parse } from './command.ts';
import { checkEnvFile, writeEnvFile } from './env-file.ts';
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
node --env-file, deno --env-file, wrangler's .dev.vars, or set -a; . FILE): a new file is created
(mode 600); in an existing one, only the lines between mock-gateway's marker comments are replaced
(or added at the end), and a file that sets one of these variables itself is refused (exit code 2,
nothing started). Every exchange is logged. Ctrl-C (SIGINT) or SIGTERM stops it (exit code 0).`,
  async run(args, io) {
    const { values } = parse(args, { port: { type: 'string' }, 'write-env': { type: 'string' }, 'app-id': { type: 'string' }, 'app-public-key': { type: 'string' }, seed: { type: 'string' } }, {
      'env-file': 'mock-gateway writes its configuration with --write-env FILE, not --env-file (Node itself reads --env-file anywhere on its command line, before alipay-edge runs).',
    });
    if (values.help) return help(this, io);
    const port = Number(values.port ?? 0);
    if (!/^\d+$/.test(String(values.port ?? 0)) || port > 65535) throw new UsageError(`--port must be a port number from 0 (a free one) to 65535, got ${String(values.port)}`);
    if (values.seed !== undefined && !/^-?\d+$/.test(values.seed as string)) throw new UsageError(`--seed must be a whole number, got ${String(values.seed)}`);
    const envFile = values['write-env'] as string | undefined;
    // Refused before anything starts: the user's own values in that file are not the mock's to replace.
    if (envFile !== undefined) checkEnvFile(envFile);
    const app = values['app-public-key'] ? undefined : await generateKeyPair();
    const appPublicKey = values['app-public-key'] ? readValue(io, values['app-public-key'] as string, '--app-public-key') : app!.publicKey;
    let server: Awaited<ReturnType<typeof startMockServer>>;
    try {
      server = await startMockServer({
        appPublicKey,
        port,
        ...(values['app-id'] && { appId: values['app-id'] as string }),
        ...(values.seed && { seed: Number(values.seed) }),
        onExchange: (line) => io.out(`${new Date().toISOString()} ${line}`),
      });
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (code === 'EADDRINUSE') throw new UsageError(`--port ${port} is in use (another mock gateway still running?): pick another --port, or leave it out for a free one`);
      if (code === 'EACCES') throw new UsageError(`--port ${port} needs privileges this process has not (ports below 1024): pick one from 1024 to 65535, or leave it out for a free one`);
      throw err;
    }
    const env = [
      `ALIPAY_APP_ID=${server.gateway.appId}`,
      ...(app ? [`ALIPAY_PRIVATE_KEY=${oneLine(app.privateKey)}`] : []),
      `ALIPAY_PUBLIC_KEY=${oneLine(server.gateway.alipayPublicKey)}`,
      `ALIPAY_GATEWAY=${server.gatewayUrl}`,
      `ALIPAY_ENDPOINT=${server.gatewayUrl.replace(/\/gateway\.do$/, '')}`,
      `ALIPAY_USER_TOKEN=${SAMPLE_AUTH_TOKEN}`,
    ];
    let wrote = '';
    try {
      if (envFile !== undefined) wrote = ` (also in ${envFile}: ${writeEnvFile(envFile, env)})`;
    } catch (err) {
      await server.close();
      throw err;
    }
    io.out(`# The mock gateway's configuration${wrote}: point a client at it with these.`);
    for (const line of env) io.out(line);
    io.out(`mock gateway listening on ${server.gatewayUrl} (Ctrl-C to stop)`);
    const signal = await io.stopped();
    await server.close();
    io.out(`mock gateway stopped (${signal})`);
    return EXIT.ok;
  },
};
