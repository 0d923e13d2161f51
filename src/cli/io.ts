// Command-line plumbing: what a command may touch (output, environment, stdin, files), reading
// values that may be files, stdin or text, and exit codes. Commands take an `Io` instead of using
// `process` and `console`, so the whole CLI runs in-process in tests.
import { existsSync, readFileSync } from 'node:fs';
import { decodeForm } from '../protocol.ts';

/** Exit codes a script can rely on. */
export const EXIT = {
  /** Success: the command did what it says, the signature is valid, every check passed. */
  ok: 0,
  /** A negative answer: invalid signature, a failed check, a gateway error. */
  failed: 1,
  /** The command was used wrongly: unknown flag, missing input, unreadable file. */
  usage: 2,
} as const;

/** Everything a command reads from or writes to its surroundings. */
export interface Io {
  /** Writes a line to standard output. */
  out(line: string): void;
  /** Writes a line to standard error. */
  err(line: string): void;
  /** The environment (`ALIPAY_*` variables). */
  env: Readonly<Record<string, string | undefined>>;
  /** Reads all of standard input. */
  stdin(): string;
  /** Resolves with a signal name when a long-running command (mock-gateway) should stop. */
  stopped(): Promise<string>;
}

/** A usage mistake: printed with the command's help hint, exit code 2. */
export class UsageError extends Error {}

/** A value given as a file path, `-` for stdin, or the text itself. */
export function readValue(io: Io, value: string, what: string): string {
  if (value === '-') return io.stdin();
  if (value.length < 4096 && !value.includes('\n') && existsSync(value)) return readFileSync(value, 'utf8');
  if (value.startsWith('@')) {
    const path = value.slice(1);
    if (!existsSync(path)) throw new UsageError(`${what}: no such file ${path}`);
    return readFileSync(path, 'utf8');
  }
  return value;
}

/** A flag's value, or an environment variable's (either may name a file), or undefined. */
export function fromFlagOrEnv(io: Io, flag: string | undefined, env: string, what: string): string | undefined {
  if (flag !== undefined) return readValue(io, flag, what);
  const value = io.env[env];
  if (value === undefined || value === '') return undefined;
  return value !== '-' ? readValue(io, value, env) : value;
}

/** Parameters from `--param k=v` (repeatable), `--json FILE` or `--query STRING`. */
export function readParams(io: Io, values: { param?: string[]; json?: string; query?: string }): Record<string, string> {
  const params: Record<string, string> = {};
  if (values.json !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readValue(io, values.json, '--json'));
    } catch {
      throw new UsageError('--json is not a JSON object (a file path, - for stdin, or the JSON text)');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UsageError('--json must be a JSON object of parameters');
    for (const [key, value] of Object.entries(parsed)) {
      // biz_content given as an object is serialised the way the client would send it.
      params[key] = typeof value === 'string' ? value : JSON.stringify(value);
    }
  }
  if (values.query !== undefined) {
    const query = readValue(io, values.query, '--query').trim().replace(/^[^?]*\?/, '');
    // An HTML-escaped query (copied from the gateway's invalid-signature message, or a web page)
    // would be signed with its escapes in it: garbage that looks plausible.
    if (/&(?:amp|quot|lt|gt|#39|#x27);/i.test(query)) {
      throw new UsageError('--query holds HTML escapes (&amp;, &quot;…): it was copied from an HTML page or the gateway\'s error message. Unescape it first, or give the whole answer to alipay-edge diagnose --answer.');
    }
    for (const [key, value] of decodeForm(query, 'utf-8')) params[key] = value;
  }
  for (const pair of values.param ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--param expects key=value, got ${JSON.stringify(pair)}`);
    params[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  if (Object.keys(params).length === 0) throw new UsageError('no parameters: give --param k=v, --json FILE or --query STRING');
  return params;
}
