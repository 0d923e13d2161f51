// What a browser or the Alipay app cannot carry exactly as signed, refused before anything is
// signed. A self-submitting form goes through the HTML parser (NUL becomes U+FFFD, CR becomes LF,
// controls and non-characters are parse errors) and the HTML standard's form submission ("constructing
// the entry list": a nameless field is skipped, a hidden field named _charset_ is replaced by the
// charset's name; line breaks are normalised to CR LF), and an input's name becomes a property of
// the form that hides the form's own (`submit`, `action`…). A GBK form or URL holds only what the
// Encoding Standard's GBK encoder encodes: a browser sends anything else as `&#NNNN;`. The URL and
// the order string percent-encode every name and value, so those need only text that has bytes.
import { type Charset, encoderFor } from '../encoding/charset.ts';
import { AlipayError } from '../errors.ts';
import { wellFormed } from '../guard.ts';
import { isQueryParam } from './request.ts';

/**
 * The members of a form element (HTMLFormElement and what it inherits from HTMLElement, Element,
 * Node, EventTarget and Object), as Chromium exposes them, less the families matched below: an
 * input with one of these names hides the member (`form.submit` becomes the input), so a script
 * using it breaks, and a merchant page's script may read another value than the form's.
 */
const FORM_MEMBERS = new Set(
  (
  'acceptCharset action autocomplete enctype encoding method name noValidate target rel relList ' +
  'elements length checkValidity reportValidity requestSubmit reset submit constructor title lang ' +
  'translate dir hidden inert accessKey draggable spellcheck autocapitalize editContext ' +
  'contentEditable enterKeyHint isContentEditable inputMode virtualKeyboardPolicy offsetParent ' +
  'offsetTop offsetLeft offsetWidth offsetHeight popover innerText outerText writingSuggestions ' +
  'dataset nonce autofocus tabIndex style attributeStyleMap attachInternals blur click focus ' +
  'hidePopover showPopover togglePopover autocorrect focusGroup focusGroupStart namespaceURI prefix ' +
  'localName tagName id className classList slot attributes shadowRoot part assignedSlot innerHTML ' +
  'outerHTML scrollTop scrollLeft scrollWidth scrollHeight clientTop clientLeft clientWidth ' +
  'clientHeight elementTiming customElementRegistry activeViewTransition role children ' +
  'firstElementChild lastElementChild childElementCount previousElementSibling nextElementSibling ' +
  'after animate append attachShadow before checkVisibility closest computedStyleMap getAnimations ' +
  'getAttribute getAttributeNS getAttributeNames getAttributeNode getAttributeNodeNS ' +
  'getBoundingClientRect getClientRects getElementsByClassName getElementsByTagName ' +
  'getElementsByTagNameNS getHTML hasAttribute hasAttributeNS hasAttributes hasPointerCapture ' +
  'insertAdjacentElement insertAdjacentHTML insertAdjacentText matches moveBefore prepend ' +
  'querySelector querySelectorAll releasePointerCapture remove removeAttribute removeAttributeNS ' +
  'removeAttributeNode replaceChildren replaceWith requestFullscreen requestPointerLock scroll ' +
  'scrollBy scrollIntoView scrollIntoViewIfNeeded scrollTo setAttribute setAttributeNS ' +
  'setAttributeNode setAttributeNodeNS setHTMLUnsafe setPointerCapture startViewTransition ' +
  'toggleAttribute currentCSSZoom pseudo setHTML nodeType nodeName baseURI isConnected ' +
  'ownerDocument parentNode parentElement childNodes firstChild lastChild previousSibling ' +
  'nextSibling nodeValue textContent appendChild cloneNode compareDocumentPosition contains ' +
  'getRootNode hasChildNodes insertBefore isDefaultNamespace isEqualNode isSameNode ' +
  'lookupNamespaceURI lookupPrefix normalize removeChild replaceChild addEventListener ' +
  'dispatchEvent removeEventListener when hasOwnProperty isPrototypeOf propertyIsEnumerable ' +
  'toString valueOf toLocaleString'
  ).split(' '),
);
/** Member families: event handlers (`onsubmit`…), ARIA reflection, constants, `__proto__`-like, vendor-prefixed. */
const MEMBER_FAMILY = /^(?:on[a-z]+|aria[A-Z]\w*|[A-Z][A-Z_]+|__[A-Za-z]+__|webkit[A-Z]\w*)$/;
/**
 * What the HTML parser or form submission changes in an attribute value: NUL (U+FFFD), CR and LF
 * (normalised), and what it reports as a parse error (other controls but tab, non-characters).
 */
const NOT_IN_A_FORM = /[\0-\x08\x0a-\x1f\x7f-\x9f\p{Noncharacter_Code_Point}]/u;

/**
 * How the parameters travel: `form` (POST: the common ones in the action URL, the others as
 * hidden inputs), `url` (GET: every one in the query) or `app` (the order string).
 *
 * @example
 * ```ts
 * checkCarried(Object.entries(params), 'form', 'GBK');
 * ```
 */
export type Carrier = 'form' | 'url' | 'app';

const refuse = (key: string, why: string): never => {
  throw new AlipayError('ERR_REQUEST_INVALID', `Parameter ${JSON.stringify(key)} ${why}: the gateway would not receive what was signed. Nothing was signed.`, { path: key });
};

const described = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Refuses, naming the field, any parameter (name or value) that would not arrive exactly as
 * signed when carried as `carrier` in `charset`.
 *
 * @throws AlipayError `ERR_REQUEST_INVALID` with the parameter's name as `path`.
 * @example
 * ```ts
 * checkCarried([['passback_params', 'a\u0000b']], 'form', 'utf-8'); // throws: NUL
 * ```
 */
export function checkCarried(entries: ReadonlyArray<readonly [string, string]>, carrier: Carrier, charset: Charset): void {
  const encode = charset === 'GBK' ? encoderFor('GBK') : undefined;
  for (const [key, value] of entries) {
    if (key === '') refuse(key, 'has no name (a browser skips a nameless field, and no signature covers it)');
    if (!wellFormed(key) || !wellFormed(value)) refuse(key, 'holds a lone UTF-16 surrogate (a broken character, which has no bytes)');
    if (encode) {
      for (const text of [key, value]) {
        try {
          encode(text);
        } catch (cause) {
          refuse(key, `holds a character GBK cannot encode (${cause instanceof AlipayError ? cause.message : 'see cause'})`);
        }
      }
    }
    if (carrier !== 'form' || isQueryParam(key)) continue; // percent-encoded in a URL
    if (/^_charset_$/i.test(key)) refuse(key, 'is named _charset_, whose value a browser replaces by the charset\'s name');
    if (FORM_MEMBERS.has(key) || MEMBER_FAMILY.test(key)) refuse(key, 'is named like a member of the form element (an input so named hides form.submit, form.action…)');
    for (const [text, what] of [[key, 'name'], [value, 'value']] as const) {
      const bad = NOT_IN_A_FORM.exec(text);
      if (bad) refuse(key, `holds ${described(bad[0])} in its ${what}, which a browser's form changes (line breaks become CR LF, NUL becomes U+FFFD; controls and non-characters are parse errors). Remove it (or put it inside biz_content, where JSON escapes it)`);
    }
  }
}

/**
 * Whether a name would be refused as a form member (for the browser check, which compares with
 * the members a real browser's form element has).
 *
 * @example
 * ```ts
 * isFormMember('submit'); // true
 * ```
 */
export const isFormMember = (name: string): boolean => FORM_MEMBERS.has(name) || MEMBER_FAMILY.test(name);
