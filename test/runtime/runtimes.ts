// The other runtimes CI runs the suite on, from the npm registry (the only registry CI reaches),
// pinned: Node 22 and 24 (the `node` package's preinstall fetches the `node-<platform>` binary
// package) and Bun (its platform package). Each goes into its own folder under .tmp/runtimes/,
// outside the repository's node_modules, so nothing here resolves packages from it. npm runs
// their install scripts only when package.json's `allowScripts` names them (npm 11).
//
//   tsx test/runtime/runtimes.ts            installs all of them (already there: nothing to do), prints their paths
//   tsx test/runtime/runtimes.ts node22     prints the path of one binary, installing it first
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** name → the package, its exact version, and the binary it puts in node_modules/.bin. */
export type RuntimeName = 'node22' | 'node24' | 'bun';
export const RUNTIMES: Record<RuntimeName, { package: string; version: string; bin: string }> = {
  node22: { package: 'node', version: '22.23.3', bin: 'node' },
  node24: { package: 'node', version: '24.21.0', bin: 'node' },
  bun: { package: 'bun', version: '1.4.5', bin: 'bun' },
};

const root = fileURLToPath(new URL('../../', import.meta.url));
export const RUNTIMES_DIR = `${root}.tmp/runtimes/`;

/** The binary's path, once it runs and says the pinned version. */
function installed(name: RuntimeName): string | undefined {
  const { version, bin } = RUNTIMES[name];
  const path = `${RUNTIMES_DIR}${name}-${version}/node_modules/.bin/${bin}`;
  if (!existsSync(path)) return undefined;
  try {
    const said = execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return said.replace(/^v/, '') === version ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The folder and its package.json for one runtime; undefined when it is already installed. */
function prepare(name: RuntimeName): string | undefined {
  const spec = RUNTIMES[name];
  if (!spec) throw new Error(`unknown runtime ${name}: one of ${Object.keys(RUNTIMES).join(', ')}`);
  if (installed(name)) return undefined;
  const dir = `${RUNTIMES_DIR}${name}-${spec.version}/`;
  mkdirSync(dir, { recursive: true });
  const pinned = `${spec.package}@${spec.version}`;
  writeFileSync(`${dir}package.json`, JSON.stringify({ name: `runtime-${name}`, private: true, allowScripts: { [pinned]: true }, dependencies: { [spec.package]: spec.version } }, null, 2));
  return dir;
}

const NPM_INSTALL = ['install', '--no-audit', '--no-fund', '--no-package-lock', '--prefer-offline'];

function check(name: RuntimeName): string {
  const path = installed(name);
  if (!path) throw new Error(`${RUNTIMES[name].package}@${RUNTIMES[name].version} was installed, but its ${RUNTIMES[name].bin} --version does not say ${RUNTIMES[name].version}`);
  return path;
}

/** Installs one runtime (when missing) and returns its binary's path. */
export function runtime(name: RuntimeName): string {
  const dir = prepare(name);
  if (dir) execFileSync('npm', NPM_INSTALL, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  return check(name);
}

/** Installs the missing ones side by side; returns name → binary path. */
export async function installAll(names = Object.keys(RUNTIMES) as RuntimeName[]): Promise<Record<RuntimeName, string>> {
  await Promise.all(names.map(async (name) => {
    const dir = prepare(name);
    if (dir) await promisify(execFile)('npm', NPM_INSTALL, { cwd: dir });
  }));
  return Object.fromEntries(names.map((name) => [name, check(name)])) as Record<RuntimeName, string>;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.length > 2) console.log(runtime(process.argv[2] as RuntimeName));
  else for (const [name, path] of Object.entries(await installAll())) console.log(`${name} ${RUNTIMES[name as RuntimeName].version}: ${path}`);
}
