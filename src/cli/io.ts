// Command-line plumbing: what a command may touch (output, environment, stdin, files), reading
// values that may be files, stdin or text, and exit codes. Commands take an `Io` instead of using
// `process` and `console`, so the whole CLI runs in-process in tests.
import { existsSync, readFileSync } from 'node:fs';
import { decodeForm } from '../protocol.ts';
import { parseJsonObject } from './json.ts';
import { UsageError } from './usage.ts';

export { EXIT, UsageError } from './usage.ts';

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

/** A file system error as one line that says what to do. */
export function fileProblem(err: unknown, path: string): string {
  const code = (err as { code?: unknown }).code;
  switch (code) {
    case 'ENOENT':
      return `no such file ${path}`;
    case 'EISDIR':
      return `${path} is a directory: give a file`;
    case 'ENOTDIR':
      return `a part of ${path} is a file, not a directory`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied for ${path}`;
    case 'EROFS':
      return `${path} is on a read-only file system`;
    default:
      return `${path}: ${typeof code === 'string' ? code : String((err as Error).message ?? err)}`;
  }
}

function readFile(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`${what}: ${fileProblem(err, path)}`);
  }
}

/**
 * Whether text that is not an existing file was meant as one: a name with a file extension, a
 * relative or home path, or an absolute path under an existing top directory. Keys (base64 has `/`),
 * queries and JSON never look like that.
 */
function meantAsFile(value: string): boolean {
  if (value.length > 1024 || /[\s{}<>"'=&?]/.test(value)) return false;
  if (/\.(?:json|pem|key|crt|cer|der|txt|xml|form|env|html?|log)$/i.test(value) || /^(?:\.{1,2}|~)[\\/]/.test(value)) return true;
  // An absolute path under an existing top directory (/tmp/…, /home/…); base64 never starts so.
  const top = /^\/[^/]+(?=\/.)/.exec(value)?.[0];
  return top !== undefined && existsSync(top);
}

/** A value given as a file path, `-` for stdin, `@path`, or the text itself. */
export function readValue(io: Io, value: string, what: string): string {
  if (value === '-') return io.stdin();
  if (value.startsWith('@')) return readFile(value.slice(1), what);
  if (value.length < 4096 && !value.includes('\n') && existsSync(value)) return readFile(value, what);
  if (meantAsFile(value)) throw new UsageError(`${what}: no such file ${value} (give a file path, - for stdin, or the text itself)`);
  return value;
}

/** Parameters from `--param k=v` (repeatable), `--json FILE` or `--query STRING` (repeatable). */
export function readParams(io: Io, values: { param?: string[]; json?: string; query?: string[] | string }): Record<string, string> {
  const params: Record<string, string> = {};
  if (values.json !== undefined) {
    for (const [key, value] of Object.entries(parseJsonObject(readValue(io, values.json, '--json'), '--json'))) {
      // biz_content given as an object is serialised the way the client would send it.
      params[key] = typeof value === 'string' ? value : JSON.stringify(value);
    }
  }
  Object.assign(params, readQueries(io, values.query, '--query'));
  for (const pair of values.param ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--param expects key=value, got ${JSON.stringify(pair)}`);
    params[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  if (Object.keys(params).length === 0) throw new UsageError('no parameters: give --param k=v, --json FILE or --query STRING');
  return params;
}

/**
 * The parameters of one or more query strings or form bodies (a URL's query is taken from after its
 * `?`), decoded once. Given twice, they are merged; a key they set to two values is refused.
 */
export function readQueries(io: Io, given: string[] | string | undefined, what: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const text of given === undefined ? [] : typeof given === 'string' ? [given] : given) {
    const query = readValue(io, text, what).trim().replace(/^[^?]*\?/, '');
    // An HTML-escaped query (copied from the gateway's invalid-signature message, or a web page)
    // would be signed with its escapes in it: garbage that looks plausible.
    if (/&(?:amp|quot|lt|gt|#39|#x27);/i.test(query)) {
      throw new UsageError(`${what} holds HTML escapes (&amp;, &quot;…): it was copied from an HTML page or the gateway's error message. Unescape it first, or give the whole answer to alipay-edge diagnose --answer.`);
    }
    for (const [key, value] of decodeForm(query, 'utf-8')) {
      if (Object.hasOwn(params, key) && params[key] !== value) throw new UsageError(`${what} sets ${key} twice, to two values: give each parameter once`);
      params[key] = value;
    }
  }
  return params;
}
