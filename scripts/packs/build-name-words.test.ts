/** The generated word lists the context rules read (build-name-words.ts). */
import { describe, expect, it } from 'vitest';
import { generateNameWords } from './build-name-words.ts';

describe('generateNameWords', () => {
  const words = generateNameWords();
  it('counts premiers and party members among titles ("Ontario Premier", "an Ohio Republican")', () => {
    for (const t of ['premier', 'republican', 'democrats', 'president', 'sen']) expect(words.titles).toContain(t);
  });
  it('leaves out the people compromise lists that end names rather than stand before them ("the Washington Spirit", "Swiss People\'s Party")', () => {
    for (const t of ['spirit', 'people', 'ghost']) expect(words.titles).not.toContain(t);
  });
  it('lists the grammar that opens sentences, and no content word', () => {
    for (const g of ['in', 'across', 'both', 'did', 'meanwhile', 'under', 'the', 'today']) expect(words.grammar).toContain(g);
    for (const w of ['swimming', 'environment', 'tourism', 'former', 'georgia']) expect(words.grammar).not.toContain(w);
  });

  it('lists the heads of institutions’ and publications’ names, not a place’s own people or services', () => {
    for (const o of ['university', 'college', 'times', 'journal', 'today', 'weekly', 'institute']) expect(words.organisations).toContain(o);
    for (const w of ['police', 'army', 'government', 'voters', 'talks']) expect(words.organisations).not.toContain(w);
  });
});
