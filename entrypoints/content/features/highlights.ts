/** Registers the page's mentions as CSS Custom Highlights, one highlight per entity kind. */
import type { HighlightGroup } from '@/lib/highlight/registry';
import type { Feature } from './types';

export const highlights: Feature = {
  id: 'highlights',
  testedOn: ['tests/fixtures/ap-kim-putin.html', 'tests/fixtures/not-an-article.html'],
  start({ page, highlights: registry }) {
    const groups = new Map<HighlightGroup, Range[]>();
    for (const m of page.mentions) {
      let list = groups.get(m.group);
      if (!list) groups.set(m.group, (list = []));
      list.push(m.range);
    }
    registry.setGroups(groups);
    return () => registry.clear();
  },
};
