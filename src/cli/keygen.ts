// `alipay-edge keygen`: a key pair in the forms the Alipay console and the client take. Written
// files are never overwritten: whoever uploaded the first public key to the console needs the
// private key that goes with it. --force replaces them, and says which.
import { createPrivateKey } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPair } from '../../mocks/index.ts';
import { type Command, help, parse } from './command.ts';
import { createNew, replaceFile } from './files.ts';
import { EXIT, type Io, UsageError, fileProblem } from './io.ts';

/** The files of --out-dir: name, content, mode (the private key readable by its owner only). */
type KeyFile = [path: string, content: string, mode: number];

function writeKeys(io: Io, dir: string, files: KeyFile[], force: boolean): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (err) {
    throw new UsageError(`--out-dir: ${fileProblem(err, dir)}`);
  }
  const existing = files.map(([path]) => path).filter((path) => existsSync(path));
  if (existing.length > 0 && !force) {
    throw new UsageError(
      `${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}: keygen never overwrites a key (the public key uploaded to the Alipay console works only with the private key it came with). Nothing was written. Use another --out-dir, or --force to replace them.`,
    );
  }
  const written: string[] = [];
  for (const [path, content, mode] of files) {
    if (force && existing.includes(path)) replaceFile(path, content, mode);
    else if (!createNew(path, content, mode)) {
      // Another process wrote it since the check: undo this run's files, keep theirs.
      for (const mine of written) rmSync(mine, { force: true });
      throw new UsageError(`${path} appeared while keygen was writing: nothing was written. Run keygen again, with another --out-dir.`);
    }
    written.push(path);
  }
  if (existing.length > 0) {
    io.out(`Replaced ${existing.join(', ')} (--force): the old private key is gone, and the public key uploaded for it no longer matches. Upload the new app_public_key.txt to the Alipay console.`);
  }
  io.out(`Wrote ${files[0]![0]} (mode 600: keep it secret), ${files[1]![0]} and ${files[2]![0]} (paste it into the Alipay console).`);
}

export const keygen: Command = {
  summary: 'create a 2048-bit RSA key pair for an Alipay app',
  help: `Usage: alipay-edge keygen [--pkcs1] [--out-dir DIR [--force]] [--json]

Creates a 2048-bit RSA key pair. Prints the private key (PKCS#8 PEM, or PKCS#1 with --pkcs1), the
public key as SPKI PEM, and the public key as one line of base64 — the form the Alipay console asks
for when you set the app's key. With --out-dir, writes app_private_key.pem (mode 600),
app_public_key.pem and app_public_key.txt there instead; it never overwrites them (exit code 2,
nothing written) unless --force is given, which replaces them and says so. --json prints one JSON
object.`,
  async run(args, io) {
    const { values } = parse(args, { pkcs1: { type: 'boolean' }, 'out-dir': { type: 'string' }, json: { type: 'boolean' }, force: { type: 'boolean' } });
    if (values.help) return help(this, io);
    if (values.force && values['out-dir'] === undefined) throw new UsageError('--force replaces the files of --out-dir: give --out-dir DIR too');
    const pair = await generateKeyPair(2048);
    let privateKey = pair.privateKey;
    if (values.pkcs1) {
      privateKey = createPrivateKey(pair.privateKey).export({ type: 'pkcs1', format: 'pem' }) as string;
    }
    const oneLine = pair.publicKey.replace(/-----[A-Z ]+-----|\s/g, '');
    if (values['out-dir'] !== undefined) {
      const dir = values['out-dir'] as string;
      const files: KeyFile[] = [
        [join(dir, 'app_private_key.pem'), privateKey, 0o600],
        [join(dir, 'app_public_key.pem'), pair.publicKey, 0o644],
        [join(dir, 'app_public_key.txt'), `${oneLine}\n`, 0o644],
      ];
      writeKeys(io, dir, files, values.force === true);
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
