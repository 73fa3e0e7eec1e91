import { describe, expect, it } from 'vitest';
import { applyCorrections } from './corrections';
import { compileMatcher } from './matcher';
import { bundledNamesUnder, markReaderMentions } from './reader-names';
import { entry } from './test-helpers';
import type { GlossaryEntry } from './types';

const putinRow = entry('putin', 'person', ['Vladimir Putin', 'Putin'], { localNames: { fr: { name: 'Vladimir Poutine', aliases: ['Poutine'] } } });

/** The matcher over the entry as the reader edited it, and the mentions it finds in `text`, marked. */
function marked(row: GlossaryEntry, fields: Partial<GlossaryEntry>, text: string) {
  const edited = { ...row, ...fields };
  const mentions = compileMatcher([edited]).match(text);
  const bundled = bundledNamesUnder(row, fields);
  const out = markReaderMentions(mentions, text, new Map(bundled ? [[row.id, bundled]] : []));
  return out.map((m) => `${text.slice(m.start, m.end)}${m.private ? ' (private)' : ''}`);
}

describe('markReaderMentions: which mentions come from what the reader wrote', () => {
  it('an alias the reader added to a bundled entry is private; the entry’s bundled names stay public', () => {
    const text = 'Vladimir Putin, whom Jane Roe Probe met, spoke. Putin left.';
    expect(marked(putinRow, { aliases: ['Vladimir Putin', 'Putin', 'Jane Roe Probe'] }, text)).toEqual(['Vladimir Putin', 'Jane Roe Probe (private)', 'Putin']);
    // The entry's names in other languages are bundled too (a French article's "Poutine" stays public).
    expect(bundledNamesUnder(putinRow, { aliases: ['Jane Roe Probe'] })?.names?.has('poutine')).toBe(true);
  });

  it('a renamed entry’s new name, and a short name the reader added, are private', () => {
    expect(marked(putinRow, { name: 'Vova Probe', aliases: ['Vova Probe', 'Vladimir Putin'] }, 'Vova Probe and Vladimir Putin.')).toEqual(['Vova Probe (private)', 'Vladimir Putin']);
  });

  it('a near miss on an edited entry is private (a page could probe an added alias with a misspelling)', () => {
    const row = entry('dmitriev', 'person', ['Kirill Dmitriev']);
    const out = marked(row, { aliases: ['Kirill Dmitriev', 'Zelenograd'] }, 'Kirill Dmitriev flew to Zelenogard.');
    expect(out).toEqual(['Kirill Dmitriev', 'Zelenogard (private)']);
  });

  it('a kind the reader changed makes every mention of the entry private (its colour would tell)', () => {
    expect(marked(putinRow, { kind: 'topic' }, 'Vladimir Putin spoke.')).toEqual(['Vladimir Putin (private)']);
  });

  it('an edit of texts only (summary, notes, facts) leaves the names public: those texts are sealed with the entry', () => {
    expect(bundledNamesUnder(putinRow, { summary: 'Mine', notes: 'Mine too' })).toBeUndefined();
    expect(bundledNamesUnder(putinRow, undefined)).toBeUndefined();
    expect(marked(putinRow, { summary: 'Mine' }, 'Vladimir Putin spoke.')).toEqual(['Vladimir Putin']);
  });

  it('an ambiguous name is private when a short name the reader added makes it ambiguous', () => {
    const kimA = entry('kim-a', 'person', ['Kim Jong Un'], { shortNames: ['Kim'] });
    const kimB = entry('kim-b', 'person', ['Kim Yo Jong']);
    const text = 'Kim Jong Un and Kim Yo Jong arrived. Kim waved.';
    const fields = { shortNames: ['Kim'] };
    const mentions = compileMatcher([kimA, { ...kimB, ...fields }]).match(text);
    const out = markReaderMentions(mentions, text, new Map([['kim-b', bundledNamesUnder(kimB, fields)!]]));
    const bare = out.find((m) => text.slice(m.start, m.end) === 'Kim')!;
    expect(bare.candidates).toEqual(['kim-a', 'kim-b']);
    expect(bare.private).toBe(true);
    expect(out.filter((m) => m.private)).toHaveLength(1);
  });

  it('a correction "it is X" is the reader’s: its mention is private, others are not', () => {
    const kimA = entry('kim-a', 'person', ['Kim Jong Un'], { shortNames: ['Kim'] });
    const kimB = entry('kim-b', 'person', ['Kim Yo Jong'], { shortNames: ['Kim'] });
    const text = 'Kim Jong Un and Kim Yo Jong arrived. Kim waved.';
    const out = applyCorrections(compileMatcher([kimA, kimB]).match(text), text, { kim: 'kim-b' });
    expect(out.map((m) => `${text.slice(m.start, m.end)}${m.private ? ' (private)' : ''}`)).toEqual(['Kim Jong Un', 'Kim Yo Jong', 'Kim (private)']);
  });
});
