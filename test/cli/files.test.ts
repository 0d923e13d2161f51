// The CLI never loses a file: keygen does not overwrite a key (--force replaces, saying so), and
// mock-gateway --write-env keeps what else an env file holds and refuses one that sets the same
// variables itself, before it starts.
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AlipayClient } from '../../src/index.ts';
import { CARD_QUERY, cardBiz, cliRun as cli, startCli } from '../support.ts';

const work = () => mkdtempSync(join(tmpdir(), 'alipay-edge-files-'));
const KEY_FILES = ['app_private_key.pem', 'app_public_key.pem', 'app_public_key.txt'];

describe('keygen --out-dir never overwrites a key', () => {
  it('a second run refuses (exit 2, nothing written); --force replaces and says what it replaced', async () => {
    const dir = join(work(), 'keys');
    const first = await cli(['keygen', '--out-dir', dir]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Wrote .*app_private_key\.pem \(mode 600: keep it secret\)/);
    expect(readdirSync(dir).sort()).toEqual(KEY_FILES);
    const kept = KEY_FILES.map((name) => readFileSync(join(dir, name), 'utf8'));
    if (process.platform !== 'win32') expect(statSync(join(dir, 'app_private_key.pem')).mode & 0o777).toBe(0o600);

    const again = await cli(['keygen', '--out-dir', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/app_private_key\.pem, .*app_public_key\.pem, .*app_public_key\.txt already exist: keygen never overwrites a key .*Nothing was written\. Use another --out-dir, or --force to replace them\./);
    expect(KEY_FILES.map((name) => readFileSync(join(dir, name), 'utf8'))).toEqual(kept);

    const forced = await cli(['keygen', '--out-dir', dir, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/^Replaced .*app_private_key\.pem, .*app_public_key\.txt \(--force\): the old private key is gone, and the public key uploaded for it no longer matches\. Upload the new app_public_key\.txt/);
    const replaced = KEY_FILES.map((name) => readFileSync(join(dir, name), 'utf8'));
    for (const [i, text] of replaced.entries()) expect(text).not.toBe(kept[i]);
    expect(readdirSync(dir).sort()).toEqual(KEY_FILES); // no temporary file left
    if (process.platform !== 'win32') expect(statSync(join(dir, 'app_private_key.pem')).mode & 0o777).toBe(0o600);
  });

  it('one file of the three already there: refused, and the others are not written either', async () => {
    const dir = work();
    writeFileSync(join(dir, 'app_public_key.txt'), 'MIIB-the-one-in-the-console\n');
    const run = await cli(['keygen', '--out-dir', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/app_public_key\.txt already exists: keygen never overwrites a key/);
    expect(readdirSync(dir)).toEqual(['app_public_key.txt']);
  });

  it('--force without --out-dir, and an --out-dir that cannot be made, are one line each', async () => {
    const force = await cli(['keygen', '--force']);
    expect(force.code).toBe(2);
    expect(force.stderr).toMatch(/--force replaces the files of --out-dir: give --out-dir DIR too/);
    const blocked = join(work(), 'a-file');
    writeFileSync(blocked, 'x');
    const run = await cli(['keygen', '--out-dir', join(blocked, 'keys')]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(/^alipay-edge keygen: --out-dir: /);
  });
});

describe('mock-gateway --write-env keeps what else the file holds', () => {
  /** Runs mock-gateway until it listens, then stops it; its output and exit code. */
  async function mock(args: string[]) {
    const { run, exited, stop } = startCli(['mock-gateway', ...args]);
    const code = await Promise.race([exited, expect.poll(() => run.output, { timeout: 15_000 }).toMatch(/listening on|alipay-edge mock-gateway:/).then(() => undefined)]);
    if (code !== undefined) return { ...run, code };
    if (/listening on/.test(run.output)) stop('SIGTERM');
    return { ...run, code: await exited };
  }

  it('a new file (mode 600); a second run replaces only its own lines; the user\'s other lines stay', async () => {
    const envFile = join(work(), '.env');
    const first = await mock(['--write-env', envFile]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/\(also in .*\.env: wrote .*\.env\)/);
    if (process.platform !== 'win32') expect(statSync(envFile).mode & 0o777).toBe(0o600);
    writeFileSync(envFile, `# my app\nMY_SETTING=keep me\n${readFileSync(envFile, 'utf8')}OTHER=also kept\n`);
    const second = await mock(['--write-env', envFile]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/replaced the lines its previous run wrote in .*\.env, kept the rest/);
    const text = readFileSync(envFile, 'utf8');
    const parsed = parseEnv(text);
    expect(parsed).toMatchObject({ MY_SETTING: 'keep me', OTHER: 'also kept' });
    expect(parsed.ALIPAY_GATEWAY).toBe(/ALIPAY_GATEWAY=(.*)/.exec(second.stdout)![1]);
    expect(text.match(/ALIPAY_APP_ID=/g)).toHaveLength(1);
  });

  it('a file with other settings only: the lines are added at its end', async () => {
    const envFile = join(work(), '.dev.vars');
    writeFileSync(envFile, 'MY_SETTING=1');
    const run = await mock(['--write-env', envFile]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/added its lines at the end of .*\.dev\.vars, kept the rest/);
    const parsed = parseEnv(readFileSync(envFile, 'utf8'));
    expect(parsed.MY_SETTING).toBe('1');
    // What was written works, read by Node's own parser.
    const client = new AlipayClient({ appId: parsed.ALIPAY_APP_ID!, privateKey: parsed.ALIPAY_PRIVATE_KEY!, alipayPublicKey: parsed.ALIPAY_PUBLIC_KEY!, gateway: parsed.ALIPAY_GATEWAY! });
    expect(client.gateway).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/gateway\.do$/);
  });

  it('a file that sets ALIPAY_PRIVATE_KEY itself: refused before the mock starts, the file untouched', async () => {
    const envFile = join(work(), '.env');
    const own = 'ALIPAY_APP_ID=2021000000000042\nexport ALIPAY_PRIVATE_KEY="the user\'s real key"\n';
    writeFileSync(envFile, own);
    const run = await mock(['--write-env', envFile]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--write-env .*\.env: the file already sets ALIPAY_APP_ID, ALIPAY_PRIVATE_KEY \(your own values\?\), and mock-gateway does not overwrite them\. Write to another file \(--write-env \.env\.mock\), or remove those lines\./);
    expect(run.stdout).not.toMatch(/listening/);
    expect(readFileSync(envFile, 'utf8')).toBe(own);
  });

  it('a busy --port, --env-file, a bad --seed: one line each, exit 2, no stack trace', async () => {
    const { run: busyRun, exited, stop } = startCli(['mock-gateway', '--port', '0']);
    await expect.poll(() => busyRun.output, { timeout: 15_000 }).toMatch(/listening on/);
    const port = /127\.0\.0\.1:(\d+)/.exec(busyRun.output)![1]!;
    try {
      const busy = await mock(['--port', port]);
      expect(busy.code).toBe(2);
      expect(busy.stderr).toBe(`alipay-edge mock-gateway: --port ${port} is in use (another mock gateway still running?): pick another --port, or leave it out for a free one\n(alipay-edge mock-gateway --help for usage)\n`);
    } finally {
      stop('SIGTERM');
      await exited;
    }
    const envFlag = await cli(['mock-gateway', '--env-file', '.env']);
    expect(envFlag.code).toBe(2);
    expect(envFlag.stderr).toMatch(/^alipay-edge mock-gateway: mock-gateway writes its configuration with --write-env FILE, not --env-file/);
    const seed = await cli(['mock-gateway', '--seed', 'abc']);
    expect(seed.stderr).toMatch(/--seed must be a whole number, got abc/);
  });
});
