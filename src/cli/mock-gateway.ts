// `alipay-edge mock-gateway`: the mock gateway as a loopback HTTP server, until stopped.
import { startMockServer } from '../../mocks/server.ts';
import { generateKeyPair } from '../../mocks/index.ts';
import { type Command, help, parse } from './command.ts';
import { EXIT, UsageError, readValue } from './io.ts';

export const mockGateway: Command = {
  summary: 'run the mock gateway as an HTTP server on 127.0.0.1',
  help: `Usage: alipay-edge mock-gateway [--port N] [--app-id ID] [--app-public-key KEY] [--seed N]

Starts the mock gateway on 127.0.0.1 and prints the configuration clients need (gateway URL, app
id, Alipay's public key). Without --app-public-key an app key pair is generated and its private key
printed too. Every exchange is logged. Ctrl-C (SIGINT) or SIGTERM stops it (exit code 0).`,
  async run(args, io) {
    const { values } = parse(args, { port: { type: 'string' }, 'app-id': { type: 'string' }, 'app-public-key': { type: 'string' }, seed: { type: 'string' } });
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
    io.out(
      JSON.stringify(
        { gateway: server.gatewayUrl, appId: server.gateway.appId, alipayPublicKey: server.gateway.alipayPublicKey, ...(app ? { appPrivateKey: app.privateKey, appPublicKey: app.publicKey } : { appPublicKey }) },
        null,
        2,
      ),
    );
    io.out(`mock gateway listening on ${server.gatewayUrl} (Ctrl-C to stop)`);
    const signal = await io.stopped();
    await server.close();
    io.out(`mock gateway stopped (${signal})`);
    return EXIT.ok;
  },
};
