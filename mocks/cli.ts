// `npm run mock-gateway -- [--port N] [--app-id ID] [--app-public-key FILE] [--seed N]`
// Starts the mock gateway on 127.0.0.1 and prints the configuration clients need. Without
// --app-public-key, an app key pair is generated and its private key printed too. Ctrl-C stops it.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateKeyPair } from './keys.ts';
import { startMockServer } from './server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'app-id': { type: 'string' },
    'app-public-key': { type: 'string' },
    seed: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log('Usage: mock-gateway [--port N] [--app-id ID] [--app-public-key FILE] [--seed N]\nStarts the Alipay mock gateway on 127.0.0.1 and prints its configuration.');
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, got ${values.port}`);
  process.exit(2);
}
const app = values['app-public-key'] ? undefined : await generateKeyPair();
const appPublicKey = values['app-public-key'] ? readFileSync(values['app-public-key'], 'utf8') : app!.publicKey;
const server = await startMockServer({
  appPublicKey,
  port,
  ...(values['app-id'] && { appId: values['app-id'] }),
  ...(values.seed && { seed: Number(values.seed) }),
  onExchange: (line) => console.log(`${new Date().toISOString()} ${line}`),
});

console.log(
  JSON.stringify(
    {
      gateway: server.gatewayUrl,
      appId: server.gateway.appId,
      alipayPublicKey: server.gateway.alipayPublicKey,
      ...(app ? { appPrivateKey: app.privateKey, appPublicKey: app.publicKey } : { appPublicKey }),
    },
    null,
    2,
  ),
);
console.log(`mock gateway listening on ${server.gatewayUrl} (Ctrl-C to stop)`);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  await server.close();
  console.log(`mock gateway stopped (${signal})`);
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
