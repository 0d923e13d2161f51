// `alipay-edge keygen`: a key pair in the forms the Alipay console and the client take.
import { createPrivateKey } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPair } from '../../mocks/index.ts';
import { type Command, help, parse } from './command.ts';
import { EXIT } from './io.ts';

export const keygen: Command = {
  summary: 'create a 2048-bit RSA key pair for an Alipay app',
  help: `Usage: alipay-edge keygen [--pkcs1] [--out-dir DIR] [--json]

Creates a 2048-bit RSA key pair. Prints the private key (PKCS#8 PEM, or PKCS#1 with --pkcs1), the
public key as SPKI PEM, and the public key as one line of base64 — the form the Alipay console asks
for when you set the app's key. With --out-dir, writes app_private_key.pem (mode 600),
app_public_key.pem and app_public_key.txt there instead. --json prints one JSON object.`,
  async run(args, io) {
    const { values } = parse(args, { pkcs1: { type: 'boolean' }, 'out-dir': { type: 'string' }, json: { type: 'boolean' } });
    if (values.help) return help(this, io);
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
      io.out(`Wrote ${join(dir, 'app_private_key.pem')} (keep it secret), app_public_key.pem and app_public_key.txt (paste it into the Alipay console).`);
    } else if (values.json) {
      io.out(JSON.stringify({ privateKey, publicKey: pair.publicKey, publicKeyOneLine: oneLine, format: values.pkcs1 ? 'pkcs1' : 'pkcs8' }, null, 2));
    } else {
      io.out(`# App private key (${values.pkcs1 ? 'PKCS#1' : 'PKCS#8'}): keep it secret, give it to AlipayClient as privateKey\n${privateKey}`);
      io.out(`# App public key (SPKI PEM)\n${pair.publicKey}`);
      io.out(`# App public key, one line: paste this into the Alipay console\n${oneLine}`);
    }
    return EXIT.ok;
  },
};
