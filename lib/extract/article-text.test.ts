// @vitest-environment jsdom
/** The article's text read from its copy alone (article-text.ts `copyArticleText`); the live reading is tested through article.test.ts and off-page.test.ts. */
import { describe, expect, it } from 'vitest';
import { copyArticleText } from './article-text';

describe('copyArticleText', () => {
  const root = (html: string) => new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstElementChild!;
  it('breaks paragraphs at blocks and where runs of different elements meet with no space', () => {
    expect(copyArticleText(root('<h2>Summit</h2><p>Kim met <b>Putin</b>.</p>'))).toBe('Summit\n\nKim met Putin.');
    expect(copyArticleText(root('<p><span>Politics</span><span>Georgia votes</span></p>'))).toBe('Politics\n\nGeorgia votes');
    expect(copyArticleText(root('<p>Seoul<script>x()</script> said <code>f()</code> so.</p>'))).toBe('Seoul said  so.');
  });
});
