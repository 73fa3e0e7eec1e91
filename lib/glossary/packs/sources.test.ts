import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from './index';
import { PACK_VERSIONS } from './sources';

describe('pack version records', () => {
  it('match the pack data, in the same order', () => {
    expect(PACK_VERSIONS.map(({ id, version }) => ({ id, version }))).toEqual(BUNDLED_PACKS.map(({ id, version }) => ({ id, version })));
  });
});
