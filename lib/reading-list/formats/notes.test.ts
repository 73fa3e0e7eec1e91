import { describe, expect, it } from 'vitest';
import { highlightsOf, notesText } from './notes';

describe('notesText', () => {
  it('keeps the note first, then each highlight quoted with its annotation below', () => {
    expect(notesText('My note', [{ quote: 'Kim rolled into Russia\non a train', note: 'Check this' }, { quote: 'Second' }])).toBe(
      'My note\n\n> Kim rolled into Russia\n> on a train\nCheck this\n\n> Second',
    );
  });
  it('is null when there is nothing, and ignores what is not text', () => {
    expect(notesText('  ', [{ quote: 3, note: null }])).toBeNull();
    expect(notesText(undefined)).toBeNull();
  });
  it('reads highlights from annotation objects by their keys', () => {
    expect(highlightsOf([{ quote: 'q', text: 't' }, null, 'x'], 'quote', 'text')).toEqual([{ quote: 'q', note: 't' }]);
    expect(highlightsOf('not a list', 'quote', 'text')).toEqual([]);
  });
});
