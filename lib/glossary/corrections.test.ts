import { describe, expect, it } from 'vitest';
import { applyCorrections } from './corrections';
import { compileMatcher } from './matcher';
import { entry } from './test-helpers';

const matcher = compileMatcher([
  entry('kim-jong-un', 'person', ['Kim Jong Un'], { shortNames: ['Kim'] }),
  entry('kim-yo-jong', 'person', ['Kim Yo Jong'], { shortNames: ['Kim'] }),
  entry('georgia', 'place', ['Georgia']),
]);
const text = 'Kim Jong Un and Kim Yo Jong arrived. Kim waved. Georgia watched.';

describe('applyCorrections', () => {
  it('leaves mentions alone without corrections', () => {
    expect(applyCorrections(matcher.match(text), text, undefined)).toEqual(matcher.match(text));
  });

  it('"it is X" resolves an ambiguous name to the reader’s choice', () => {
    const out = applyCorrections(matcher.match(text), text, { kim: 'kim-yo-jong' });
    const bare = out.filter((m) => text.slice(m.start, m.end) === 'Kim');
    expect(bare).toEqual([expect.objectContaining({ entryId: 'kim-yo-jong' })]);
    expect(bare[0]!.candidates).toBeUndefined();
  });

  it('"not this one" drops the name, in any case or spacing, and nothing else', () => {
    const out = applyCorrections(matcher.match(text), text, { georgia: null });
    expect(out.map((m) => text.slice(m.start, m.end))).toEqual(['Kim Jong Un', 'Kim Yo Jong', 'Kim']);
  });
});

describe('applyCorrections: own keys only', () => {
  it('a name spelled like an Object.prototype member ("Constructor", "toString") is no correction', () => {
    const m = compileMatcher([entry('constructor-co', 'organization', ['Constructor']), entry('tostring', 'topic', ['toString'])]);
    const t = 'Constructor announced it. toString too.';
    const mentions = m.match(t);
    expect(mentions.length).toBe(2);
    // A site with corrections for other names: the inherited "constructor" and "tostring" must not count.
    const out = applyCorrections(mentions, t, { georgia: null });
    expect(out).toEqual(mentions);
    expect(out.every((x) => typeof x.entryId === 'string')).toBe(true);
  });
});
