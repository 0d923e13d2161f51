// Pins src/encoding/json.ts's behaviour at its edges, for mutation testing: strings skipped with
// escapes, members counted against keys (whitespace before a colon, string values, nulls and strings
// inside arrays, an enumerable Object.prototype), the remembered count of a span scan (trusted once,
// for that very text only), and the repeated-key message: which keys read as `.name` and which as
// `["odd name"]`, array indices, the leading dot, and the shortening of a path longer than 120.
import { describe, expect, it } from 'vitest';
import { AlipayError } from '../../src/errors.ts';
import { findRepeatedKey, keyCount, memberCount, parseJsonStrict, rememberMembers, skipString } from '../../src/encoding/json.ts';
import { extractJsonSpan } from '../../src/protocol/json-span.ts';
import { thrownBy } from '../support.ts';

const malformed = (reason: string) => ({ code: 'ERR_RESPONSE_MALFORMED', message: `The gateway answer is not well-formed: ${reason}.` });
const refused = (text: string, what = 'the node') => thrownBy(() => parseJsonStrict(text, what));
/** Where findRepeatedKey places a repeated "k" in an object under `key`, itself under "x". */
const placeUnder = (key: string) => findRepeatedKey(`{"x":{${JSON.stringify(key)}:{"k":1,"k":2}}}`)?.at;

/** Runs `fn` while Object.prototype has an enumerable property (for…in would list it). */
function polluted<T>(fn: () => T): T {
  (Object.prototype as Record<string, unknown>).polluted = 1;
  try {
    return fn();
  } finally {
    delete (Object.prototype as Record<string, unknown>).polluted;
  }
}

describe('skipString', () => {
  it.each([
    ['an empty string', '""', 0, 2],
    ['a plain string', '"ab"', 0, 4],
    ['a string not at the start', 'x:"ab","c"', 2, 6],
    ['an escaped quote inside', '"a\\"b"', 0, 6],
    ['an escaped backslash before the closing quote', '"a\\\\","b"', 0, 5],
    ['three backslashes then a quote inside', '"\\\\\\"x",1', 0, 7],
    ['only an escaped backslash', '"\\\\"', 0, 4],
  ])('%s: just past its closing quote', (_name, text, from, end) => expect(skipString(text, from)).toBe(end));

  it.each([
    ['no closing quote', '"abc'],
    ['only an escaped quote at the end', '"ab\\"'],
  ])('%s: not terminated', (_name, text) => {
    const err = thrownBy(() => skipString(text, 0));
    expect(err).toBeInstanceOf(AlipayError);
    expect(err).toMatchObject(malformed('a string is not terminated'));
  });
});

describe('memberCount and keyCount', () => {
  it.each([
    ['an empty object', '{}', 0],
    ['strings only, in an array', '["a:b",":"]', 0],
    ['string values are no members', '{"a":"b","c":["d","e"]}', 2],
    ['whitespace of each kind before the colon', '{"a" :1,"b"\t:2,"c"\n:3,"d"\r:4,"e" \t\n\r:5}', 5],
    ['a key holding an escaped quote and a colon', '{"a\\":":1,"b":"\\":"}', 2],
    ['nested in arrays and objects', '{"a":[{"b":"c:d","e":{"f":null}},[],{}],"g":"\\"h\\":"}', 5],
  ])('%s', (_name, text, count) => {
    expect(memberCount(text)).toBe(count);
    expect(keyCount(JSON.parse(text) as object)).toBe(count);
  });

  it('counts only own keys of objects: strings and nulls in arrays or values add nothing', () => {
    const text = '{"a":{"b":null},"c":["xy",null,1,{"d":1}],"e":"zw","f":[[null,"q"]]}';
    expect(keyCount(JSON.parse(text) as object)).toBe(6);
    expect(keyCount(['ab', null, 'cd'])).toBe(0);
    expect(keyCount([[{ a: 1 }], { b: [{ c: 1 }] }])).toBe(3);
    expect(polluted(() => keyCount(JSON.parse(text) as object))).toBe(6);
    expect(polluted(() => keyCount(['ab', null, [null, 'cd']]))).toBe(0);
  });

  it('a repeated key: the text has one member more than the tree has keys', () => {
    expect(memberCount('{"a":1,"a":2}')).toBe(2);
    expect(keyCount(JSON.parse('{"a":1,"a":2}') as object)).toBe(1);
  });
});

describe('parseJsonStrict: values, and the exact messages', () => {
  it.each([
    ['a string', '"ab"', 'ab'],
    ['an empty string', '""', ''],
    ['a number', '12', 12],
    ['null', 'null', null],
    ['an empty array', '[]', []],
    ['whitespace before colons', '{"a" \t\n\r: 1, "b"\r\n: [ {"c" :"d"} ]}', { a: 1, b: [{ c: 'd' }] }],
    ['the same key in siblings and at two depths', '[{"a":{"a":1}},{"a":2}]', [{ a: { a: 1 } }, { a: 2 }]],
    ['keys that differ only after an escape', '{"\\u0061b":1,"ac":2,"a\\\\u0062":3}', { ab: 1, ac: 2, 'a\\u0062': 3 }],
  ])('accepts %s', (_name, text, value) => {
    expect(parseJsonStrict(text, 'x')).toEqual(value);
    // With an enumerable Object.prototype (Object.keys walks instead), the same value.
    expect(polluted(() => parseJsonStrict(text, 'x'))).toEqual(value);
  });

  it('text that is not JSON: the message names `what`, never the text', () => {
    expect(refused('{"access_token":"secret"', 'the v3 body')).toMatchObject(malformed('the v3 body is not valid JSON'));
    expect(refused('')).toMatchObject(malformed('the node is not valid JSON'));
  });

  it.each([
    ['at the top level', '{"code":"40004","msg":"x","code":"10000"}', '"code" twice at the top level'],
    ['spelled with an escape', '{"code":"40004","\\u0063ode":"10000"}', '"code" twice at the top level'],
    ['holding a quote', '{"a\\"b":1,"a\\u0022b":2}', '"a\\"b" twice at the top level'],
    ['with whitespace before the colon', '{"a" \t:1,\n"a"\r\n :2}', '"a" twice at the top level'],
    ['in a nested object', '{"card_info":{"point":"1","point":"3"}}', '"point" twice in the object at card_info'],
    ['deeper, through arrays', '{"list":[{"a":1},{"b":1,"c":{"d":[1,{"e":1,"e":2}]}}]}', '"e" twice in the object at list[1].c.d[1]'],
    ['in an object in a top-level array', '[{"a":1,"a":1}]', '"a" twice in the object at [0]'],
  ])('a repeated key %s: named, with where it is', (_name, text, message) => {
    const err = refused(text, 'the v3 body');
    expect(err).toBeInstanceOf(AlipayError);
    expect(err).toMatchObject(malformed(`the v3 body has the key ${message}`));
    expect(polluted(() => refused(text, 'the v3 body'))).toMatchObject(malformed(`the v3 body has the key ${message}`));
  });
});

describe('findRepeatedKey', () => {
  it.each([
    ['a top-level string', '"a"'],
    ['a top-level array of equal strings', '["a","a"]'],
    ['equal string values', '{"a":"x","b":"x","c":["x"]}'],
    ['a value equal to a later key', '{"a":"b" ,"b":1}'],
    ['the same key in siblings', '[{"a":1},{"a":1}]'],
    ['a key again after its object closed', '{"a":{"b":1},"b":2}'],
    ['keys that differ only after an escape', '{"\\u0061b":1,"ac":2}'],
  ])('none in %s', (_name, text) => expect(findRepeatedKey(text)).toBeUndefined());

  it('the key is unescaped; the first repeat is the one named', () => {
    expect(findRepeatedKey('{"ab":1,"\\u0061b":2}')).toEqual({ key: 'ab', at: 'at the top level' });
    expect(findRepeatedKey('{"a":1,"b":{"c":1,"c":2},"a":2}')).toEqual({ key: 'c', at: 'in the object at b' });
    expect(findRepeatedKey('{"a\\\\b":{"k":"v","k":"w"}}')).toEqual({ key: 'k', at: 'in the object at ["a\\\\b"]' });
  });

  it('array indices count the elements, not the commas inside strings, arrays or objects', () => {
    expect(findRepeatedKey('[1,",",[2,3],{"x":1,"y":2},{"a":1,"a":2}]')?.at).toBe('in the object at [4]');
    expect(findRepeatedKey('[[0,[1,{"a":1,"a":1}]]]')?.at).toBe('in the object at [0][1][1]');
    expect(findRepeatedKey('{"a":[{"b":1},{"c":[{"k":1,"k":1}]}]}')?.at).toBe('in the object at a[1].c[0]');
  });

  it.each([
    ['a'], ['z'], ['A'], ['Z'], ['_'], ['$'], ['ab'], ['a0_$Z'], ['_x9'], ['$9'], ['a$'], ['Zz'],
  ])('%s is a plain name: `.name`', (key) => expect(placeUnder(key)).toBe(`in the object at x.${key}`));

  it.each([
    ['', 'x[""]'],
    ['1a', 'x["1a"]'],
    ['9', 'x["9"]'],
    ['a-b', 'x["a-b"]'],
    ['ab-', 'x["ab-"]'],
    ['-a', 'x["-a"]'],
    ['a b', 'x["a b"]'],
    ['a.b', 'x["a.b"]'],
    ['é', 'x["é"]'],
    ['a\nb', 'x["a\\nb"]'],
    ['"', 'x["\\""]'],
  ])('%j is no plain name: `["name"]`', (key, path) => expect(placeUnder(key)).toBe(`in the object at ${path}`));

  it('an escaped plain name reads as the name itself', () => {
    expect(findRepeatedKey('{"\\u0061":{"\\u0062":{"k":1,"k":2}}}')?.at).toBe('in the object at a.b');
  });

  it('only the leading dot of the path is dropped', () => {
    expect(findRepeatedKey('{"a":{"k":1,"k":2}}')?.at).toBe('in the object at a');
    expect(findRepeatedKey('{"a.b":{"k":1,"k":2}}')?.at).toBe('in the object at ["a.b"]');
    expect(findRepeatedKey('{"x y":{"k":{"d":1,"d":2}}}')?.at).toBe('in the object at ["x y"].k');
    expect(findRepeatedKey('[{"a":{"k":1,"k":2}}]')?.at).toBe('in the object at [0].a');
  });

  describe('a path longer than 120 characters is shortened to its first and last 60', () => {
    const head = 'h'.repeat(60);
    const tail = 't'.repeat(60);
    const at = (path: string) => findRepeatedKey(`{${JSON.stringify(path)}:{"k":1,"k":2}}`)?.at;

    it('119 and 120: shown whole', () => {
      expect(at(`${head}${tail.slice(1)}`)).toBe(`in the object at ${head}${tail.slice(1)}`);
      expect(at(`${head}${tail}`)).toBe(`in the object at ${head}${tail}`);
    });

    it('121 and 122: the middle is left out', () => {
      expect(at(`${head}m${tail}`)).toBe(`in the object at ${head}…${tail}`);
      expect(at(`${head}mn${tail}`)).toBe(`in the object at ${head}…${tail}`);
    });

    it('a deep path, in the message', () => {
      const depth = 30; // a[0].a[0]…: 4 + 29 × 5 = 149 characters
      const text = `${'{"a":['.repeat(depth)}{"k":1,"k":2}${']}'.repeat(depth)}`;
      // The first 60: a[0] and 11 × .a[0] (59), then a dot; the last 60: 12 × .a[0].
      expect(refused(text)).toMatchObject(malformed(`the node has the key "k" twice in the object at a[0]${'.a[0]'.repeat(11)}.…${'.a[0]'.repeat(12)}`));
    });
  });
});

describe('the remembered member count (of a span scan that walked the text anyway)', () => {
  const text = '{"a":1,"b":[{"c":2}]}';

  it('is trusted for that very text, once: a wrong count is a repeated key, then counted afresh', () => {
    rememberMembers(text, 2);
    expect(refused(text)).toMatchObject(malformed('the node has a repeated key'));
    expect(parseJsonStrict(text, 'the node')).toEqual({ a: 1, b: [{ c: 2 }] });
  });

  it('a right count is used instead of counting, and a repeat it hides is not looked for', () => {
    rememberMembers(text, 3);
    expect(parseJsonStrict(text, 'x')).toEqual({ a: 1, b: [{ c: 2 }] });
    const repeated = '{"a":1,"a":2}';
    rememberMembers(repeated, 1);
    expect(parseJsonStrict(repeated, 'x')).toEqual({ a: 2 });
    expect(refused(repeated)).toMatchObject(malformed('the node has the key "a" twice at the top level'));
  });

  it('an equal text (another string of the same characters) is the same text', () => {
    rememberMembers(text, 9);
    expect(refused(`${'{"a":1,'}${'"b":[{"c":2}]}'}`)).toMatchObject(malformed('the node has a repeated key'));
  });

  it('another text, even of the same shape, is counted afresh', () => {
    rememberMembers(text, 9);
    expect(parseJsonStrict('{"a":3,"b":[{"c":4}]}', 'x')).toEqual({ a: 3, b: [{ c: 4 }] });
    expect(refused('{"a":3,"b":[{"c":4,"c":5}]}')).toMatchObject(malformed('the node has the key "c" twice in the object at b[0]'));
    rememberMembers('{}', 0); // leaves no count for `text` behind
  });

  it('a primitive is returned before the count is looked at', () => {
    rememberMembers('"ab"', 5);
    expect(parseJsonStrict('"ab"', 'x')).toBe('ab');
    rememberMembers('{}', 0);
  });

  it('a v2 node: the same verdict with the scan count (warm) as counted afresh (cold)', () => {
    const node = 'alipay_marketing_card_query_response';
    for (const [content, expected] of [
      ['{"t":"12:00:00","u":{"v":"a:b"},"w":[{"x":":"}]}', { t: '12:00:00', u: { v: 'a:b' }, w: [{ x: ':' }] }],
      ['{"t":"1:2","u" :{"v":1,"v":2}}', 'the node has the key "v" twice in the object at u'],
      ['{"a":"x\\":y","\\u0061":1}', 'the node has the key "a" twice at the top level'],
    ] as const) {
      const span = extractJsonSpan(`{"${node}":${content},"sign":"x"}`, 'alipay.marketing.card.query');
      expect(span.content).toBe(content);
      // First warm (the span scan's count), then cold (counted afresh): the same verdict.
      for (let i = 0; i < 2; i++) {
        if (typeof expected === 'string') expect(refused(span.content)).toMatchObject(malformed(expected));
        else expect(parseJsonStrict(span.content, 'the node')).toEqual(expected);
      }
    }
  });
});
