// `alipay-edge diagnose`: why the gateway answered isv.invalid-signature, for any client. The gateway
// echoes the sign content it computed (HTML-escaped) in sub_msg; compared with the parameters (or
// the sign content) the client signed, the first difference shows what changed on the way, or,
// when they are equal, that the key pair does not match.
import { buildSignContent } from '../protocol.ts';
import { isQueryParam } from '../protocol/request.ts';
import { gatewaySignContent } from '../tools.ts';
import { type Command, help, parse } from './command.ts';
import { EXIT, type Io, UsageError, readParams, readQueries, readValue } from './io.ts';

/** The `sub_code` and `sub_msg` of an answer (JSON or XML, any node), or the text itself as `sub_msg`. */
export function readAnswer(text: string): { subCode?: string; subMsg: string } {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const body = JSON.parse(trimmed) as Record<string, unknown>;
      for (const node of Object.values(body)) {
        if (typeof node === 'object' && node !== null && typeof (node as Record<string, unknown>).sub_msg === 'string') {
          const { sub_code: subCode, sub_msg: subMsg } = node as { sub_code?: unknown; sub_msg: string };
          return { ...(typeof subCode === 'string' && { subCode }), subMsg };
        }
      }
      // A v3 error: { code, message }.
      if (typeof body.message === 'string') return { ...(typeof body.code === 'string' && { subCode: body.code }), subMsg: body.message };
    } catch {
      // not JSON after all: read it as text
    }
  }
  if (trimmed.startsWith('<')) {
    const pick = (name: string) => new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(trimmed)?.[1];
    const subMsg = pick('sub_msg');
    if (subMsg !== undefined) return { ...(pick('sub_code') !== undefined && { subCode: pick('sub_code')! }), subMsg };
  }
  return { subMsg: trimmed };
}

/** The pairs of a sign content (a `&` starts a new pair only before a `name=`). */
const pairs = (content: string) => new Map(content.split(/&(?=[A-Za-z_][\w.]*=)/).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as const));

const mask = (key: string, value: string) => (/auth_token$/.test(key) ? '*'.repeat(value.length) : value);

function window(text: string, at: number): string {
  const start = Math.max(0, at - 30);
  return JSON.stringify(`${start > 0 ? '…' : ''}${text.slice(start, at + 30)}${at + 30 < text.length ? '…' : ''}`);
}

/** A sign content with its auth tokens hidden (they are bearer credentials; the rest is not secret). */
export const hideTokens = (content: string) => content.replace(/(auth_token=)[^&]*/g, (_, key: string) => `${key}***`);

/** Prints the comparison; resolves to the exit code. */
function explain(io: Io, gateway: string, ours: string): number {
  io.out(`gateway's sign content: ${hideTokens(gateway)}`);
  io.out(`your sign content:      ${hideTokens(ours)}`);
  if (gateway === ours) {
    io.out('The two are identical, so the parameters arrived as you signed them and the signature itself is wrong: the private key does not belong to the app public key uploaded to the Alipay console (or sign_type differs). Check with: alipay-edge doctor --app-public-key <the key in the console>.');
    return EXIT.ok;
  }
  let at = 0;
  while (at < gateway.length && at < ours.length && gateway[at] === ours[at]) at++;
  io.out(`They differ from character ${at}: gateway ${window(gateway, at)}, you ${window(ours, at)}.`);
  const theirs = pairs(gateway);
  const mine = pairs(ours);
  for (const [key, value] of mine) {
    if (!theirs.has(key)) io.out(`  ${key}: you signed it, the gateway did not receive it (empty, or dropped on the way?)`);
    else if (theirs.get(key) !== value) io.out(`  ${key}: you signed ${JSON.stringify(mask(key, value))}, the gateway received ${JSON.stringify(mask(key, theirs.get(key)!))}`);
  }
  for (const key of theirs.keys()) if (!mine.has(key)) io.out(`  ${key}: the gateway received it, you did not sign it (added on the way, or sent empty?)`);
  io.out('A proxy, an HTTP library or a second encoding changed the parameters between signing and sending: sign exactly the values you send, decoded once.');
  return EXIT.ok;
}

/** Your request's parameters: --param, --json, --query (the URL or a form, repeatable) and --body (the form body). */
function requestParams(io: Io, values: Record<string, unknown>): Record<string, string> {
  const body = readQueries(io, values.body as string | undefined, '--body');
  const rest = values.param === undefined && values.json === undefined && values.query === undefined ? {} : readParams(io, values as never);
  for (const [key, value] of Object.entries(body)) {
    if (Object.hasOwn(rest, key) && rest[key] !== value) throw new UsageError(`--body and the other parameters set ${key} to two values: give each parameter once`);
    rest[key] = value;
  }
  return rest;
}

/**
 * Refuses to diagnose half a request: the URL alone lacks biz_content (it travels in the POST body),
 * the body alone lacks the common parameters; compared anyway, they would blame a proxy.
 */
function checkWhole(echoed: string, ours: Record<string, string>, values: Record<string, unknown>): void {
  const missing = [...pairs(echoed).keys()].filter((key) => key !== 'sign' && !Object.hasOwn(ours, key));
  const bodyKeys = missing.filter((key) => !isQueryParam(key));
  const queryKeys = missing.filter((key) => isQueryParam(key));
  const onlyQuery = values.body === undefined && values.param === undefined && values.json === undefined;
  const onlyBody = values.query === undefined && values.param === undefined && values.json === undefined;
  const names = (keys: string[]) => keys.join(', ');
  if (bodyKeys.includes('biz_content') || (onlyQuery && bodyKeys.length > 0)) {
    throw new UsageError(
      `the gateway received ${names(bodyKeys)}, and what you gave has none: ${onlyQuery ? '--query holds the URL, and ' : ''}biz_content travels in the POST body. Give the form body too (--body 'biz_content=…', a file, or -), or the sign content your client logged (--sign-content); compared without it, the two would differ for no fault of a proxy.`,
    );
  }
  if (onlyBody && queryKeys.length > 0) {
    throw new UsageError(`the gateway received ${names(queryKeys)}, and --body has none: the common parameters travel in the URL's query string. Give the request URL too (--query URL), or the sign content (--sign-content).`);
  }
}

export const diagnose: Command = {
  summary: 'explain an isv.invalid-signature answer (from any client): what the gateway signed vs what you did',
  help: `Usage: alipay-edge diagnose --answer FILE|-|TEXT (--query URL --body FORM | --param k=v ... | --json FILE | --sign-content TEXT)

Reads the gateway's isv.invalid-signature answer (the JSON or XML body, from any client, or just its
sub_msg), unescapes the sign content the gateway echoes, and compares it with your request: the
request URL (--query) and its form body (--body: biz_content travels there), its parameters
(--param, --json), or the sign content your client signed (--sign-content). --query may be given
more than once (merged; a parameter set to two values is refused). Prints the first difference and
each parameter that differs; when the two are identical, the key pair is what is wrong. When what
you gave lacks a part the gateway received (the body of a URL), it says so instead (exit code 2).
Exit code 0 with a diagnosis, 1 when the answer is not an invalid-signature answer.`,
  async run(args, io) {
    const { values } = parse(args, {
      answer: { type: 'string' },
      'sign-content': { type: 'string' },
      param: { type: 'string', multiple: true },
      json: { type: 'string' },
      query: { type: 'string', multiple: true },
      body: { type: 'string' },
    });
    if (values.help) return help(this, io);
    if (values.answer === undefined) throw new UsageError('give the gateway\'s answer with --answer (a file, - for stdin, or the text)');
    const { subCode, subMsg } = readAnswer(readValue(io, values.answer as string, '--answer'));
    const echoed = gatewaySignContent(subMsg);
    if (echoed === undefined) {
      io.out(`This answer${subCode ? ` (${subCode})` : ''} echoes no sign content: it is not an isv.invalid-signature answer, or its sub_msg was cut.`);
      return EXIT.failed;
    }
    io.out(`The gateway answered ${subCode ?? 'isv.invalid-signature'}: it could not verify your request's signature.`);
    let ours: string;
    if (values['sign-content'] !== undefined) ours = readValue(io, values['sign-content'] as string, '--sign-content').replace(/\r?\n$/, '');
    else if (values.param === undefined && values.json === undefined && values.query === undefined && values.body === undefined) {
      throw new UsageError('give your request with --param, --json, or --query URL and --body FORM (the request URL and its form body), or the sign content your client signed with --sign-content');
    } else {
      const params = requestParams(io, values);
      checkWhole(echoed, params, values);
      ours = buildSignContent(params);
    }
    return explain(io, echoed, ours);
  },
};
