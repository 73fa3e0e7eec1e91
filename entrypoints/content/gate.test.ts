import { describe, expect, it } from 'vitest';
import { glossaryChangedAt } from '@/lib/db/glossary-events';
import { settingsItem } from '@/lib/settings/settings';
import { corrections } from '@/lib/sites/corrections-store';
import { WAKING_KEYS } from './gate';

describe('a quiet page', () => {
  it('wakes on the storage keys the settings, glossary and corrections are written under', () => {
    // A renamed item would otherwise leave pages that name nothing deaf to the reader's changes.
    expect(WAKING_KEYS.map((key) => `local:${key}`)).toEqual([settingsItem.key, glossaryChangedAt.key, corrections.key]);
  });
});
