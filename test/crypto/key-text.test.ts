// A key text that holds no key says what was read (nothing, one BEGIN line, an END before its
// BEGIN…) and how to write it, never any of the key's characters; the advice it gives works: a
// .env value written as the message says is read whole by Node's own .env parser.
import { generateKeyPairSync } from 'node:crypto';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AlipayClient, AlipayError } from '../../src/index.ts';
import { parsePrivateKey, parsePublicKey } from '../../src/protocol.ts';
import { keyConfig, thrownBy } from '../support.ts';

const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }) as string;
const lines = pem.trim().split('\n');
const [begin, end] = [lines[0]!, lines.at(-1)!];
const body = lines.slice(1, -1);
const starred = `${body.join('\n').slice(0, 100)}*${body.join('\n').slice(101)}`;

const refusal = (read: () => unknown): string => {
  const err = thrownBy(read);
  expect(err).toBeInstanceOf(AlipayError);
  expect((err as AlipayError).code).toBe('ERR_KEY_INVALID');
  const { message } = err as AlipayError;
  // Never a piece of the key in the message.
  for (const line of body) expect(message).not.toContain(line.slice(10, 30));
  return message;
};

describe('what was read, and how to write it', () => {
  it.each<[string, string, RegExp]>([
    ['empty', '', /^privateKey is not usable: it is empty \(ALIPAY_PRIVATE_KEY= in a \.env file, or a variable not set\?\)\. Expected/],
    ['blanks and literal \\n only', ' \\n \n', /it is empty/],
    ['the BEGIN line only (an unquoted multi-line .env value)', begin, /only its first line was read \("-----BEGIN PRIVATE KEY-----"\): an unquoted \.env value keeps one line\. Put it in double quotes \(ALIPAY_PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\\n…"\), on one line with \\n or on many, or give the base64 alone\./],
    ['BEGIN and the body, no END', lines.slice(0, -1).join('\n'), /it has no END line \(cut off\?\): copy the whole key, BEGIN to END\./],
    ['the body and END, no BEGIN', lines.slice(1).join('\n'), /it has no BEGIN line: copy the whole key/],
    ['the armour only', `${begin}\n${end}`, /nothing is between its BEGIN and END lines/],
    ['END before BEGIN', [end, ...body, begin].join('\n'), /its END line comes before its BEGIN line/],
    ['two keys', `${pem}${pem}`, /it holds 2 PEM blocks: give one key\./],
    ['text before BEGIN', `Bag Attributes\n    localKeyID: 01\n${pem}`, /it has text outside its BEGIN and END lines: keep only those lines/],
    ['surrounded by quotes', `"${pem.trim()}"`, /it starts or ends with a quote: remove the quotes it was copied with/],
    ['line breaks escaped twice', pem.replace(/\n/g, '\\\\n'), /it holds backslashes \(\\\\n where \\n belongs\?\)/],
    ['a file name', 'keys/app_private_key.pem', /it looks like a file name \("keys\/app_private_key\.pem"\); give the key's text, not its path/],
    ['a placeholder word', 'placeholder', /11 characters, far too few/],
    ['a character base64 does not use', `${begin}\n${starred}\n${end}`, /it holds characters base64 does not use/],
    ['base64 cut in the middle of a line', body.join('').slice(0, 1001), /its base64 is cut off or mis-padded/],
    ['whole lines missing', [begin, ...body.slice(0, 6), end].join('\n'), /its DER structure is cut off \(only some of its lines copied\?\)/],
  ])('%s', (_name, text, reason) => {
    const message = refusal(() => parsePrivateKey(text));
    expect(message).toMatch(reason);
    expect(message).toMatch(/Expected an RSA private key as PKCS#8/);
  });

  it('public keys get the same reasons, with their own variable named', () => {
    expect(refusal(() => parsePublicKey(''))).toMatch(/^alipayPublicKey is not usable: it is empty \(ALIPAY_PUBLIC_KEY=/);
    expect(refusal(() => parsePublicKey(publicPem.split('\n')[0]!))).toMatch(/only its first line was read \("-----BEGIN PUBLIC KEY-----"\)/);
  });

  it('the forms people paste still read: literal \\n, \\r\\n, blanks around, base64 alone', () => {
    for (const text of [pem, pem.replace(/\n/g, '\\n'), pem.replace(/\n/g, '\r\n'), `\n  ${pem}  \n`, body.join(''), body.join('\n')]) {
      expect(parsePrivateKey(text).source).toBe('pkcs8');
    }
  });

  it('the client says the same for an empty ALIPAY_PRIVATE_KEY= and for a .env file read by Node', async () => {
    const right = await keyConfig();
    const empty = refusal(() => new AlipayClient({ ...right, privateKey: '' }));
    expect(empty).toMatch(/^privateKey is not usable: it is empty/);
    // Unquoted: Node's .env parser keeps the BEGIN line only.
    const unquoted = parseEnv(`ALIPAY_PRIVATE_KEY=${pem}`).ALIPAY_PRIVATE_KEY!;
    expect(unquoted).toBe(begin);
    expect(refusal(() => new AlipayClient({ ...right, privateKey: unquoted }))).toMatch(/only its first line was read/);
    // Written as the message says: in double quotes, on many lines or on one line with \n.
    for (const line of [`ALIPAY_PRIVATE_KEY="${pem.trim()}"`, `ALIPAY_PRIVATE_KEY="${pem.trim().replace(/\n/g, '\\n')}"`]) {
      expect(() => new AlipayClient({ ...right, privateKey: parseEnv(line).ALIPAY_PRIVATE_KEY! })).not.toThrow();
    }
  });
});
