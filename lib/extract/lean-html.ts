/**
 * The page's HTML as the off-page parse needs it (lib/extract/parse-request.ts): without the
 * scripts and style sheets Readability removes before it reads anything (`_removeScripts`,
 * `_prepDocument`). On a large news site they are much of the page's HTML (inline bundles, state
 * for the site's framework, critical CSS), and every byte of it is serialised on the page, posted,
 * delivered twice and parsed again in the extension document only to be thrown away there.
 *
 * Kept: JSON-LD scripts (Readability reads the article's metadata from them before it removes
 * scripts) and `<noscript>` (it unwraps lazy-loaded images from them). Each removed element leaves
 * an empty comment, so the text on either side stays two text nodes, as on the page: the article
 * is mapped back onto the page's own text nodes (lib/extract/node-map.ts).
 *
 * Works on the serialised string, not on a clone of the page: `outerHTML` is one native call, and
 * cloning a large page to remove elements from it costs more than the bytes it saves. The
 * serialiser writes a script's or a style's text raw and ends it with its own lower-case end tag,
 * which the parser on the other side stops at too, so a match here ends where that parser's element
 * would.
 */

/**
 * A `<script>` or `<style>` element as `outerHTML` writes it: the start tag (the name followed by a
 * space or `>`, so custom elements such as `<script-loader>` are not taken for one), its raw text,
 * and the first end tag of the same name.
 */
const SCRIPT_OR_STYLE = /<(script|style)(?=[\s>/])([^>]*)>[\s\S]*?<\/\1>/gi;

/** A start tag's attributes that mark a script as JSON-LD metadata (the serialiser always quotes values). */
const JSON_LD_TYPE = /\btype\s*=\s*"\s*application\/ld\+json\s*"/i;

/** What a removed element leaves: an empty comment, which no text and no element counts. */
const PLACEHOLDER = '<!---->';

/** `html` (a page's `outerHTML`) without its scripts, except JSON-LD, and without its style sheets. */
export function leanPageHtml(html: string): string {
  return html.replace(SCRIPT_OR_STYLE, (element: string, name: string, attributes: string) =>
    name.toLowerCase() === 'script' && JSON_LD_TYPE.test(attributes) ? element : PLACEHOLDER,
  );
}
