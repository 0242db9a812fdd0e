/**
 * Sanitizing a page before and after Readability. Before: elements that never show text or
 * run code (script, style, iframe, form controls, ...) and hidden elements are removed, event
 * handler and style attributes dropped, and <form> wrappers (whole ASP.NET pages sit in one)
 * unwrapped so their text survives. After: DOMPurify runs on Readability's HTML, on a linkedom
 * window. Only plain text leaves the extractor anyway; this keeps the HTML it reads inert too.
 */
import { parseHTML } from 'linkedom';
import createDOMPurify from 'dompurify';
import { type DomDocument, type DomElement, limitDepth, tagOf, walkElements } from './dom';
import { INVISIBLE_TAGS } from './to-blocks';

/** Deeper than this, a page's elements are flattened to their text. */
export const MAX_DEPTH = 400;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

function isHidden(element: DomElement): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return !!style && HIDDEN_STYLE.test(style);
}

/** The share of a page's text a hidden element must hold to be its article, hidden until scripts run. */
const HIDDEN_ARTICLE_SHARE = 0.5;
/** …and the fewest characters it must hold. */
const HIDDEN_ARTICLE_MIN = 200;

function shownLength(document: DomDocument): number {
  const all = (document.body.textContent ?? '').replace(/\s+/g, '').length;
  let code = 0;
  for (const element of Array.from(document.body.querySelectorAll('script,style,noscript,template')))
    code += (element.textContent ?? '').replace(/\s+/g, '').length;
  return all - code;
}

/**
 * An element a page hides until its scripts run, that holds most of the page's text: a WeChat
 * article's "#js_content" is `visibility: hidden` in the page as saved ("HTML only").
 */
function hiddenArticle(element: DomElement, pageLength: () => number): boolean {
  // Only hidden as such pages hide it: a `display: none` block is a copy, a menu or spam.
  if (!/visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '')) return false;
  const length = (element.textContent ?? '').replace(/\s+/g, '').length;
  return length >= HIDDEN_ARTICLE_MIN && length >= HIDDEN_ARTICLE_SHARE * pageLength();
}

/**
 * Make a parsed page safe and honest to read: nothing invisible (but an article hidden until
 * scripts run, unless `keepHiddenArticle` is false: what a browser shows of the page as saved),
 * nothing executable. Returns how many elements were removed.
 */
export function prepareDocument(document: DomDocument, { keepHiddenArticle = true } = {}): number {
  limitDepth(document.documentElement, MAX_DEPTH);
  const doomed: DomElement[] = [];
  const forms: DomElement[] = [];
  let bodyLength: number | null = null;
  // The page's text without its scripts and styles, measured before anything is removed.
  const pageLength = () => (bodyLength ??= shownLength(document));
  for (const element of walkElements(document.body)) {
    const tag = tagOf(element);
    if (
      INVISIBLE_TAGS.has(tag) ||
      (isHidden(element) && !(keepHiddenArticle && hiddenArticle(element, pageLength)))
    ) {
      doomed.push(element);
      continue;
    }
    if (tag === 'form') forms.push(element);
    for (const { name } of Array.from(element.attributes)) {
      if (/^on/i.test(name) || name.toLowerCase() === 'style') element.removeAttribute(name);
    }
  }
  for (const element of Array.from(document.head.querySelectorAll('script,style,noscript,template'))) {
    doomed.push(element);
  }
  for (const element of doomed) element.remove();
  for (const form of forms) {
    if (!form.parentNode) continue;
    const div = document.createElement('div');
    while (form.firstChild) div.appendChild(form.firstChild);
    form.replaceWith(div);
  }
  return doomed.length;
}

type Purifier = ReturnType<typeof createDOMPurify>;

/**
 * linkedom keeps parentNode, ownerDocument and friends as own data properties, where DOMPurify
 * looks for getters on the prototypes; these stand-ins read the same properties and pass
 * instanceof checks through to linkedom's real classes.
 */
function facadeClass(real: unknown, getters: string[], methods: string[]): unknown {
  const Facade = function Facade() {} as unknown as { prototype: object };
  const proto: PropertyDescriptorMap = {};
  for (const name of getters) {
    proto[name] = {
      get(this: Record<string, unknown>) {
        return this[name];
      },
    };
  }
  for (const name of methods) {
    proto[name] = {
      value(this: Record<string, (...args: unknown[]) => unknown>, ...args: unknown[]) {
        return this[name](...args);
      },
    };
  }
  Facade.prototype = Object.create(null, proto);
  Object.defineProperty(Facade, Symbol.hasInstance, {
    value: (value: unknown) => typeof real === 'function' && value instanceof real,
  });
  return Facade;
}

let purifier: Purifier | null = null;

const FORBID_TAGS = [...INVISIBLE_TAGS, 'form'];

function createPurifier(): Purifier {
  const window = parseHTML('<!doctype html><html><head></head><body></body></html>') as unknown as Record<
    string,
    unknown
  > & {
    document: Record<string, unknown>;
  };
  Object.defineProperty(window.document, 'implementation', {
    value: {
      createHTMLDocument: () =>
        parseHTML('<!doctype html><html><head><title></title></head><body></body></html>').document,
    },
  });
  const facade = {
    document: window.document,
    DOMParser: window.DOMParser,
    HTMLTemplateElement: window.HTMLTemplateElement,
    Node: facadeClass(window.Node, ['nodeType', 'nodeName', 'ownerDocument'], []),
    Element: facadeClass(
      window.Element,
      ['parentNode', 'childNodes', 'nextSibling', 'attributes', 'shadowRoot', 'namespaceURI'],
      ['cloneNode', 'remove', 'removeChild', 'removeAttributeNode'],
    ),
    NodeFilter: {
      SHOW_ELEMENT: 1,
      SHOW_TEXT: 4,
      SHOW_CDATA_SECTION: 8,
      SHOW_PROCESSING_INSTRUCTION: 64,
      SHOW_COMMENT: 128,
      FILTER_ACCEPT: 1,
    },
  };
  const purify = createDOMPurify(facade as unknown as Parameters<typeof createDOMPurify>[0]);
  if (!purify.isSupported) throw new Error('The HTML sanitizer could not start.');
  // Never trust a sanitizer that cannot prove itself on a known attack.
  const probe = purify.sanitize(
    '<!doctype html><html><body><p>ok<img src=x onerror=alert(1)><script>alert(2)</script></p></body></html>',
    {
      FORBID_TAGS,
    },
  );
  if (/onerror|script|alert/i.test(probe) || !probe.includes('ok'))
    throw new Error('The HTML sanitizer failed its self-check.');
  return purify;
}

/** DOMPurify on an HTML fragment (Readability's output): returns the sanitized fragment. */
export function purifyFragment(html: string): string {
  purifier ??= createPurifier();
  return purifier.sanitize(`<!doctype html><html><head></head><body>${html}</body></html>`, {
    FORBID_TAGS,
    FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'background'],
    ALLOW_DATA_ATTR: false,
  });
}
