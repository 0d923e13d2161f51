// src/protocol/page-checks.ts at its edges, for mutation testing: each refusal's exact message and
// path, each pattern just inside and just outside its range (the characters a form changes, the
// member families, `_charset_`), and which carriers each rule applies to. page-carried.test.ts
// checks the same rules through pageExecute and sdkExecute.
import { describe, expect, it } from 'vitest';
import { AlipayError } from '../../src/index.ts';
import { loadGbk } from '../../src/protocol.ts';
import { type Carrier, checkCarried, isFormMember } from '../../src/protocol/page-checks.ts';

await loadGbk();

const refusal = (key: string, value: string, carrier: Carrier = 'form', charset: 'utf-8' | 'GBK' = 'utf-8'): AlipayError | undefined => {
  try {
    checkCarried([['subject', 'fine'], [key, value]], carrier, charset);
  } catch (err) {
    expect(err).toBeInstanceOf(AlipayError);
    return err as AlipayError;
  }
  return undefined;
};
const TAIL = ': the gateway would not receive what was signed. Nothing was signed.';
const CHANGED = ", which a browser's form changes (line breaks become CR LF, NUL becomes U+FFFD; controls and non-characters are parse errors). Remove it (or put it inside biz_content, where JSON escapes it)";

describe('the exact refusals', () => {
  it('a nameless field', () => {
    expect(refusal('', 'v', 'url')).toMatchObject({
      code: 'ERR_REQUEST_INVALID',
      path: '',
      message: `Parameter "" has no name (a browser skips a nameless field, and no signature covers it)${TAIL}`,
    });
  });

  it.each([['name', '\ud800x', 'v'], ['value', 'k', 'a\udc00']])('a lone surrogate in the %s, in any carrier', (_, key, value) => {
    for (const carrier of ['form', 'url', 'app'] as const) {
      expect(refusal(key, value, carrier)).toMatchObject({
        path: key,
        message: `Parameter ${JSON.stringify(key)} holds a lone UTF-16 surrogate (a broken character, which has no bytes)${TAIL}`,
      });
    }
  });

  it('_charset_', () => {
    expect(refusal('_Charset_', 'x')).toMatchObject({ path: '_Charset_', message: `Parameter "_Charset_" is named _charset_, whose value a browser replaces by the charset's name${TAIL}` });
  });

  it('a form member', () => {
    expect(refusal('submit', 'x')).toMatchObject({ path: 'submit', message: `Parameter "submit" is named like a member of the form element (an input so named hides form.submit, form.action…)${TAIL}` });
  });

  it.each([
    ['value', 'note', 'a\u0000b', 'U+0000'],
    ['value', 'note', 'a\u009fb', 'U+009F'],
    ['name', 'no\u000bte', 'v', 'U+000B'],
    ['value', 'note', '\ufdd0', 'U+FDD0'],
    ['value', 'note', 'x\u{10fffe}', 'U+10FFFE'],
  ])('a character a form changes, in the %s, named by its code point', (what, key, value, point) => {
    expect(refusal(key, value)).toMatchObject({ path: key, message: `Parameter ${JSON.stringify(key)} holds ${point} in its ${what}${CHANGED}${TAIL}` });
  });

  it('a character GBK cannot encode: named with the encoder’s reason, for a name or a value, in every carrier', () => {
    for (const carrier of ['form', 'url', 'app'] as const) {
      for (const [key, value] of [['note', 'a\ue5e5'], ['k\ue5e5', 'v']] as const) {
        const err = refusal(key, value, carrier, 'GBK');
        expect(err?.path).toBe(key);
        expect(err?.message).toMatch(new RegExp(`^Parameter ${JSON.stringify(key).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')} holds a character GBK cannot encode \\(.+U\\+E5E5.*\\)${TAIL.replace(/[.]/g, '\\.')}$`, 'su'));
      }
    }
    expect(refusal('note', 'a\ue5e5', 'form', 'utf-8')).toBeUndefined();
    expect(refusal('note', '会员卡', 'form', 'GBK')).toBeUndefined();
  });

  it('the first bad parameter is the one named, the entries before it pass', () => {
    try {
      checkCarried([['a', 'ok'], ['b', 'x\u0000'], ['submit', 'y']], 'form', 'utf-8');
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ path: 'b' });
    }
    expect(() => checkCarried([], 'form', 'GBK')).not.toThrow();
  });
});

describe('the characters a form changes, at the edges of each range', () => {
  it.each(['\u0000', '\u0008', '\n', '\r', '\u001f', '\u007f', '\u0080', '\u009f', '\ufdd0', '\ufdef', '\ufffe', '\uffff', '\u{1fffe}', '\u{10ffff}'])('%j is refused in a form', (char) => {
    expect(refusal('note', `a${char}b`)?.code).toBe('ERR_REQUEST_INVALID');
    expect(refusal(`n${char}`, 'v')?.code).toBe('ERR_REQUEST_INVALID');
  });

  it.each(['\t', ' ', '~', '\u00a0', '\ufdcf', '\ufdf0', '\ufffd', '\u{1fffd}', '😀'])('%j passes', (char) => {
    expect(refusal('note', `a${char}b`)).toBeUndefined();
  });

  it.each(['url', 'app'] as const)('in a %s every name and value is percent-encoded: controls pass', (carrier) => {
    expect(refusal('note', 'a\u0000\r\nb', carrier)).toBeUndefined();
    expect(refusal('submit', 'x', carrier)).toBeUndefined();
    expect(refusal('_charset_', 'x', carrier)).toBeUndefined();
  });

  it('a common parameter travels in the form’s action URL, so the form rules do not apply to it', () => {
    expect(refusal('notify_url', 'https://a/\r\n')).toBeUndefined();
    expect(refusal('notify_url2', 'https://a/\r\n')?.path).toBe('notify_url2');
  });
});

describe('names a form refuses', () => {
  // One member of each part of the list (from Chromium's HTMLFormElement and what it inherits).
  it.each([
    'acceptCharset', 'requestSubmit', 'autocapitalize', 'virtualKeyboardPolicy', 'writingSuggestions', 'attachInternals', 'togglePopover',
    'assignedSlot', 'clientWidth', 'activeViewTransition', 'nextElementSibling', 'computedStyleMap', 'getAttributeNodeNS', 'getElementsByTagName',
    'hasPointerCapture', 'moveBefore', 'removeAttributeNS', 'requestPointerLock', 'setAttributeNS', 'startViewTransition', 'isConnected',
    'previousSibling', 'compareDocumentPosition', 'isSameNode', 'addEventListener', 'propertyIsEnumerable', 'toLocaleString',
  ])('%s (a member the list names)', (name) => {
    expect(isFormMember(name)).toBe(true);
    expect(refusal(name, 'x')?.path).toBe(name);
  });

  it.each(['_charset_', '_CHARSET_', '_ChArSeT_'])('%s', (name) => expect(refusal(name, 'x')?.path).toBe(name));
  it.each(['charset_', '_charset', 'x_charset_', '_charset_x'])('%s passes', (name) => expect(refusal(name, 'x')).toBeUndefined());

  it.each([
    'submit', 'action', 'encoding', 'target', 'elements', 'length', 'reset', 'id', 'style', 'toString', 'constructor',
    'onsubmit', 'onclick', 'ariaLabel', 'ariaX', 'ELEMENT_NODE', 'AB', 'A_', '__proto__', '__defineGetter__', 'webkitMatchesSelector', 'webkitX',
  ])('%s is a member', (name) => {
    expect(isFormMember(name)).toBe(true);
    expect(refusal(name, 'x')?.path).toBe(name);
  });

  it.each([
    'on', 'onSubmit', 'on1', 'xonsubmit', 'onsubmit_', 'aria', 'arialabel', 'xariaLabel', 'A', 'Ab', 'aB', 'AB1', 'xAB',
    '__proto_', '_proto__', '____', '__a1__', 'webkit', 'webkitx', 'xwebkitX', 'Submit', 'submit2', 'out_trade_no', 'subject', 'body', 'passback_params',
  ])('%s is not', (name) => {
    expect(isFormMember(name)).toBe(false);
    expect(refusal(name, 'x')).toBeUndefined();
  });
});
