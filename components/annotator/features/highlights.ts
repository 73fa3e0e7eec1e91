/**
 * Marks the page's mentions: bundled names as CSS Custom Highlights, one highlight per entity kind;
 * names the reader made or looked up inside the card's closed shadow root instead, because every
 * page script can read `CSS.highlights` (and so learn what the reader keeps in Backstory).
 */
import { highlightGroups } from '@/lib/highlight/present';
import type { Feature } from './types';

export const highlights: Feature = {
  id: 'highlights',
  testedOn: ['entrypoints/welcome/demo-article.html', 'tests/fixtures/not-an-article.html', 'tests/fixtures/hostile/probe-highlights.html'],
  start({ page, highlights: registry, cards }) {
    // Which mentions are private (lib/highlight/present.ts): those never reach `CSS.highlights`.
    const { groups, secret } = highlightGroups(page.mentions);
    registry.setGroups(groups);
    // Every analysed page gets the (empty) UI host: its presence tells the page nothing about private names.
    cards.ensureHost();
    cards.drawPrivate(secret);
    return () => {
      registry.clear();
      cards.drawPrivate([]);
    };
  },
};
