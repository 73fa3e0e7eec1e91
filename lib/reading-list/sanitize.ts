/**
 * Article HTML sanitising, for saving (in the content script) and for rendering (in extension
 * pages). Nothing from a page or an import reaches an extension page's DOM without passing
 * `sanitizeArticleHtml` at render time, however it was stored.
 *
 * Removed: scripts, styles, frames, forms and their controls, embedded objects and media, SVG and
 * MathML, every event-handler attribute, inline styles, classes, ids and data attributes, and any
 * URL that is not http(s) (images may also be data:image). Links open in a new tab without referrer.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { collectArticleText } from '../extract/article-text';

const FORBID_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'title', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'fieldset', 'legend', 'label', 'output',
  'datalist', 'noscript', 'template', 'dialog', 'canvas', 'audio', 'video', 'source', 'track', 'svg', 'math',
  'portal', 'slot', 'marquee', 'blink', 'menu', 'area', 'map',
];
const FORBID_ATTR = [
  'style', 'class', 'id', 'name', 'srcdoc', 'formaction', 'action', 'ping', 'background', 'poster', 'loading',
  'decoding', 'fetchpriority', 'tabindex', 'contenteditable', 'draggable', 'autofocus', 'accesskey', 'is', 'slot',
  'usemap', 'ismap', 'form', 'popover', 'popovertarget', 'nonce', 'integrity', 'crossorigin', 'referrerpolicy',
];

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
};

/** Attributes that hold a lazy image's real source, most specific first. */
const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-hi-res-src', 'data-full-src', 'data-url', 'data-lazy'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];

const isHttp = (u: string) => /^https?:\/\//i.test(u);
const isSafeImage = (u: string) => isHttp(u) || /^data:image\/(?:png|gif|jpe?g|webp|avif);/i.test(u);

function absolute(value: string, base: string): string | null {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return null;
  }
}

function absoluteSrcset(value: string, base: string): string {
  return value
    .split(',')
    .map((part) => {
      const [url, ...descriptor] = part.trim().split(/\s+/);
      const abs = url ? absolute(url, base) : null;
      return abs && isHttp(abs) ? [abs, ...descriptor].join(' ') : '';
    })
    .filter(Boolean)
    .join(', ');
}

/** A placeholder `src` that lazy loaders replace: empty, a data: URI or a 1×1 gif. */
function isPlaceholder(src: string | null): boolean {
  return !src || /^data:/i.test(src) || /(?:blank|spacer|placeholder|pixel|transparent|lazy)[^/]*\.(?:gif|png|svg)$/i.test(src);
}

let instance: Purifier | null = null;

/** One DOMPurify instance per realm, with Backstory's hooks. */
function purifier(): Purifier {
  if (instance) return instance;
  const p = DOMPurify(window);
  p.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.nodeType !== 1) return;
    const tag = el.tagName.toLowerCase();
    if (tag === 'a') {
      const href = el.getAttribute('href');
      if (href !== null && !isHttp(href) && !/^mailto:/i.test(href)) el.removeAttribute('href');
      if (el.hasAttribute('href')) {
        el.setAttribute('target', '_blank');
        el.setAttribute('rel', 'noopener noreferrer');
      } else {
        el.removeAttribute('target');
      }
    }
    if (tag === 'img') {
      const src = el.getAttribute('src');
      if (src !== null && !isSafeImage(src)) el.removeAttribute('src');
      const srcset = el.getAttribute('srcset');
      if (srcset !== null && srcset.split(',').some((c) => !isHttp(c.trim()))) el.removeAttribute('srcset');
    }
    for (const attr of ['src', 'href', 'cite', 'longdesc', 'action', 'formaction', 'xlink:href']) {
      const v = el.getAttribute(attr);
      if (v !== null && /^\s*(?:javascript|vbscript|data:text)/i.test(v)) el.removeAttribute(attr);
    }
  });
  instance = p;
  return p;
}

/**
 * Prepares an extracted article for saving: lazy images resolved to their real sources, every
 * URL made absolute against the page, then sanitised. Works on a copy: `content` is not changed.
 */
export function prepareArticleHtml(content: Node, baseUrl: string): string {
  // Work on a copy; DOMPurify takes the node itself (no HTML string is built and parsed again).
  const root = content.cloneNode(true) as Element;
  if (typeof root.querySelectorAll !== 'function') return '';
  for (const img of root.querySelectorAll('img')) {
    const lazy = LAZY_SRC.map((a) => img.getAttribute(a)).find((v) => v && !/^data:/i.test(v));
    if (lazy && isPlaceholder(img.getAttribute('src'))) img.setAttribute('src', lazy);
    const lazySet = LAZY_SRCSET.map((a) => img.getAttribute(a)).find((v) => v);
    if (lazySet && !img.getAttribute('srcset')) img.setAttribute('srcset', lazySet);
    img.removeAttribute('loading');
  }
  // A <picture>'s lazy <source> is the only copy of the image when the <img> is a placeholder.
  for (const picture of root.querySelectorAll('picture')) {
    const img = picture.querySelector('img');
    const source = picture.querySelector('source[srcset], source[data-srcset]');
    if (img && source && isPlaceholder(img.getAttribute('src')) && !img.getAttribute('srcset')) {
      const set = source.getAttribute('srcset') ?? source.getAttribute('data-srcset') ?? '';
      const first = set.split(',')[0]?.trim().split(/\s+/)[0];
      if (first) img.setAttribute('src', first);
    }
  }
  for (const el of [root, ...root.querySelectorAll('[href], [src], [cite], [longdesc]')]) {
    for (const attr of ['href', 'src', 'cite', 'longdesc']) {
      const v = el.getAttribute(attr);
      if (v === null) continue;
      const abs = absolute(v, baseUrl);
      if (abs) el.setAttribute(attr, abs);
      else el.removeAttribute(attr);
    }
  }
  for (const el of root.querySelectorAll('[srcset]')) el.setAttribute('srcset', absoluteSrcset(el.getAttribute('srcset') ?? '', baseUrl));
  return purifier().sanitize(root, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}

/** Sanitises stored or imported article HTML to a string. */
export function sanitizeArticleHtml(html: string): string {
  return purifier().sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}

export interface RenderOptions {
  /** Load remote images. Off: images keep their alt text and load only when the reader asks. */
  images: boolean;
}

/**
 * Sanitises article HTML into an inert fragment ready to insert into an extension page. With
 * images off, remote image URLs are parked in `data-bs-src` so inserting the fragment makes no
 * network request (data: images still show).
 */
export function renderArticleFragment(html: string, options: RenderOptions): DocumentFragment {
  const fragment = purifier().sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true }) as DocumentFragment;
  if (!options.images) {
    for (const img of fragment.querySelectorAll('img')) {
      const src = img.getAttribute('src');
      if (src && isHttp(src)) {
        img.setAttribute('data-bs-src', src);
        img.removeAttribute('src');
      }
      const srcset = img.getAttribute('srcset');
      if (srcset) {
        img.setAttribute('data-bs-srcset', srcset);
        img.removeAttribute('srcset');
      }
    }
  }
  return fragment;
}

/** Loads parked images in a rendered article (the reader asked for them). */
export function loadParkedImages(root: ParentNode): void {
  for (const img of root.querySelectorAll('img[data-bs-src], img[data-bs-srcset]')) {
    const src = img.getAttribute('data-bs-src');
    const srcset = img.getAttribute('data-bs-srcset');
    if (src && isHttp(src)) img.setAttribute('src', src);
    if (srcset) img.setAttribute('srcset', srcset);
    img.removeAttribute('data-bs-src');
    img.removeAttribute('data-bs-srcset');
  }
}

/** A text node map that maps every node to itself: the text of a real DOM is its own "live" text. */
const IDENTITY = { get: (node: Node) => node } as unknown as ReadonlyMap<Node, Node>;

/** The article text of a rendered (connected) element, by the same rules the content script uses. */
export function textOfElement(root: Element): ReturnType<typeof collectArticleText> {
  return collectArticleText(root, IDENTITY);
}

/** The plain text of article HTML (sanitised first), paragraphs separated by blank lines. */
export function textOfHtml(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${sanitizeArticleHtml(html)}</body>`, 'text/html');
  return collectArticleText(doc.body, IDENTITY).text;
}
