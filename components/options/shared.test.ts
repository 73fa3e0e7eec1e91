/** Pack names on the options page: every bundled pack is listed under a name a reader can read, not its id. */
import { describe, expect, it } from 'vitest';
import { PACK_VERSIONS } from '@/lib/glossary/packs/sources';
import { packTitle } from './shared';

describe('packTitle', () => {
  it('names every bundled pack in words (the regions pack was listed as "regions")', () => {
    for (const { id } of PACK_VERSIONS) {
      const title = packTitle(id);
      expect(title, id).not.toBe(id);
      expect(title.length, id).toBeGreaterThan(id.length);
    }
  });
});
