// What every fresh project shares: a folder made with `npm init -y` outside the repository, the
// packed tarball installed the way the docs say, commands run with a clean environment, and one
// PASS/FAIL line per check.
import { type SpawnOptions, execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
/** Outside the repository: a project inside it would resolve packages (msw…) from its node_modules. */
export const work = `${mkdtempSync(`${tmpdir()}/alipay-edge-fresh-`)}/`;
export const examples = `${root}test/runtime/examples/`;
const devDependencies = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).devDependencies as Record<string, string>;
/** The version this repository tests of a tool the docs tell a user to install (tsx, msw…). */
export const pinned = (name: string) => `${name}@${devDependencies[name]}`;

/**
 * What the children see: PATH (the runtime under test first), HOME for npm's cache, and what a
 * check gives them; no ALIPAY_* from this shell. Wrangler's telemetry and its download of the
 * `request.cf` sample are off: CI reaches no network but the npm registry.
 */
export const cleanEnv = (binDir?: string): NodeJS.ProcessEnv => ({
  PATH: binDir ? `${binDir}:${process.env.PATH}` : process.env.PATH,
  HOME: process.env.HOME ?? work,
  NO_COLOR: '1',
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  XDG_CONFIG_HOME: `${work}config`,
});

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command as a user types it; `node` is the runtime whose folder leads PATH. */
export function run(command: string, args: string[], cwd: string, options: { node?: string; env?: Record<string, string>; timeout?: number } = {}): Result {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...cleanEnv(options.node && dirname(options.node)), ...options.env }, timeout: options.timeout ?? 120_000 });
  return { code: result.status, stdout: result.stdout ?? '', stderr: `${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

const exec = promisify(execFile);

/**
 * A project as a user makes one: `npm init -y`, then the tarball with the installer the docs name
 * (`npm install alipay-edge`, `bun add alipay-edge`), then `npm install -D` of `dev`. Async, so
 * that the projects install side by side.
 */
export async function project(name: string, tarball: string, extra: { dev?: string[]; installer?: string[] } = {}): Promise<string> {
  const began = performance.now();
  const dir = `${work}${name}/`;
  mkdirSync(dir, { recursive: true });
  const quiet = { cwd: dir, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 };
  await exec('npm', ['init', '-y'], quiet);
  const [installer, ...args] = extra.installer ?? ['npm', 'install', '--no-audit', '--no-fund', '--prefer-offline'];
  await exec(installer!, [...args, tarball], quiet);
  if (extra.dev?.length) await exec('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '-D', ...extra.dev], quiet);
  const wantsMsw = extra.dev?.some((spec) => spec.startsWith('msw@'));
  if (!wantsMsw && existsSync(`${dir}node_modules/msw`)) throw new Error(`${name}: msw got installed; only the MSW examples need it`);
  console.log(`project ${name}: npm init -y, ${[installer!.replace(/^.*\//, ''), ...args.slice(0, 1), 'alipay-edge', ...(extra.dev ?? [])].join(' ')} (${((performance.now() - began) / 1000).toFixed(1)} s)`);
  return dir;
}

/** `npm init -y` wrote this type (npm 11: "commonjs"); the quick starts must not depend on it. */
export const packageType = (dir: string) => String(JSON.parse(readFileSync(`${dir}package.json`, 'utf8')).type ?? '(none)');

let passed = 0;
let failed = 0;
export async function check(name: string, fn: () => string | Promise<string>): Promise<void> {
  const began = performance.now();
  const took = () => `${((performance.now() - began) / 1000).toFixed(1)} s`;
  try {
    const detail = await fn();
    passed++;
    console.log(`PASS ${name}: ${detail} (${took()})`);
  } catch (err) {
    failed++;
    console.log(`FAIL ${name}: ${err instanceof Error ? err.message : String(err)} (${took()})`);
  }
}
export const totals = () => ({ passed, failed });

/** The command printed `expected` and exited 0. */
export function expectOutput(what: string, result: Result, expected: string): string {
  if (result.code !== 0 || result.stdout.trim() !== expected.trim()) {
    throw new Error(`${what}: exit ${result.code}, stdout ${JSON.stringify(result.stdout.trim())} (expected ${JSON.stringify(expected.trim())}), stderr ${result.stderr.trim().slice(0, 1200)}`);
  }
  return `prints ${JSON.stringify(result.stdout.trim().split('\n').at(-1))}`;
}

/** A long-running command (a server), in its own process group so that it stops with its children. */
export function start(command: string, args: string[], cwd: string, options: { node?: string } = {}) {
  const spawnOptions: SpawnOptions = { cwd, env: cleanEnv(options.node && dirname(options.node)), stdio: ['ignore', 'pipe', 'pipe'], detached: true };
  const child = spawn(command, args, spawnOptions);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    output: () => output,
    /** Waits until the output matches `pattern` (bounded), and returns the match. */
    async waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
      for (let waited = 0; ; waited += 100) {
        const match = output.match(pattern);
        if (match) return match;
        if (waited > timeoutMs || child.exitCode !== null) throw new Error(`${command} ${args.join(' ')}: no ${pattern} after ${waited} ms (exit ${child.exitCode}): ${output.slice(-1500)}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    /** Stops the group with `signal` (SIGKILL after 10 s, and for whatever of it outlives its leader); resolves the leader's exit code. */
    async stop(signal: NodeJS.Signals = 'SIGINT'): Promise<number | null> {
      const group = (sig: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, sig);
        } catch {
          // the group is gone
        }
      };
      group(signal);
      const timer = setTimeout(() => group('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      group('SIGKILL');
      return code;
    },
  };
}
