/**
 * Backstory's only node in the page: a fixed, zero-size `<backstory-ui>` host with a *closed*
 * shadow root, whose reference only the content script holds: `host.shadowRoot` is null for the
 * page, so a page script cannot read the card (the reader's notes) or reach its buttons. Styles reach the shadow root as a constructed stylesheet (`adoptedStyleSheets`), which a
 * page's strict Content-Security-Policy does not block; a `<style>` inside the shadow root is only
 * the fallback for browsers without constructable stylesheets in content scripts.
 */

export const SHADOW_HOST_NAME = 'backstory-ui';

/** Resets inherited page styles at the host; every rule of the card lives below this. */
const HOST_RESET = ':host{all:initial!important;}';

/** The host's own box: out of flow, zero size, above everything. Adding it cannot shift layout. */
const HOST_STYLE =
  'position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;' +
  'margin:0!important;padding:0!important;border:0!important;z-index:2147483647!important;display:block!important;';

/** Keyboard events typed inside the card must not reach the page's shortcuts. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export interface ShadowUi {
  host: HTMLElement;
  /** The closed root: never stored on the host or anywhere the page can reach. */
  shadow: ShadowRoot;
  /**
   * Gives the root its content's styles (the first call; later ones do nothing). Until then it holds
   * only the host's reset: parsing the card's style sheet is work a page where no card opens and no
   * private name is marked never needs.
   */
  style(css: string): void;
  remove(): void;
}

/** Applies `css` to a shadow root, after the styles it has: constructed stylesheet first, `<style>` as the fallback. */
export function adoptStyles(shadow: ShadowRoot, css: string): 'adopted' | 'style-element' {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    if (shadow.adoptedStyleSheets.includes(sheet)) return 'adopted';
  } catch {
    // fall through to the <style> element
  }
  const style = document.createElement('style');
  style.textContent = css;
  // After the styles already there (the host's reset first), before the content.
  let at = shadow.firstChild;
  while (at?.nodeName === 'STYLE') at = at.nextSibling;
  shadow.insertBefore(style, at);
  return 'style-element';
}

/**
 * Creates and attaches the (empty) shadow host. The host's reset applies at once: it keeps the
 * page's own rules off the host's box. The content's styles come with `style()`.
 */
export function createShadowUi(): ShadowUi {
  const host = document.createElement(SHADOW_HOST_NAME);
  host.style.cssText = HOST_STYLE;
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyles(shadow, HOST_RESET);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation());
  (document.body ?? document.documentElement).append(host);
  let styled = false;
  const style = (css: string) => {
    if (styled) return;
    styled = true;
    adoptStyles(shadow, css);
  };
  return { host, shadow, style, remove: () => host.remove() };
}
