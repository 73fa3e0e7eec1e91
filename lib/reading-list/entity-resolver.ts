/**
 * Resolves what the reader typed after `person:`, `place:`, `org:`, `topic:` to glossary entry ids,
 * so entity search is an index lookup of ids rather than a scan of article text. Pure.
 */
import { foldWords } from './text';
import type { MentionKind } from './types';

export interface ResolvableEntry {
  id: string;
  kind: MentionKind;
  name: string;
  aliases?: readonly string[];
  shortNames?: readonly string[];
}

interface Compiled {
  id: string;
  kind: MentionKind;
  /** Folded name and aliases, each as its words joined by spaces. */
  names: string[];
  /** Every folded word of every name. */
  words: Set<string>;
}

export class EntityResolver {
  private readonly entries: Compiled[];
  private readonly byName = new Map<string, Compiled[]>();

  constructor(entries: Iterable<ResolvableEntry>) {
    this.entries = [];
    for (const e of entries) {
      const names = [...new Set([e.name, ...(e.aliases ?? []), ...(e.shortNames ?? [])].map((n) => foldWords(n).join(' ')).filter(Boolean))];
      const compiled: Compiled = { id: e.id, kind: e.kind, names, words: new Set(names.flatMap((n) => n.split(' '))) };
      this.entries.push(compiled);
      for (const n of names) {
        let list = this.byName.get(n);
        if (!list) this.byName.set(n, (list = []));
        list.push(compiled);
      }
    }
  }

  /**
   * Entry ids of `kind` that `value` names: an exact id, else an exact name or alias ("Vladimir
   * Putin", "KCNA"), else every entry whose names contain all the typed words ("putin").
   */
  resolve(kind: MentionKind, value: string): string[] {
    const exactId = this.entries.find((e) => e.kind === kind && e.id === value);
    if (exactId) return [exactId.id];
    const folded = foldWords(value);
    if (folded.length === 0) return [];
    const exact = (this.byName.get(folded.join(' ')) ?? []).filter((e) => e.kind === kind);
    if (exact.length > 0) return [...new Set(exact.map((e) => e.id))];
    return this.entries.filter((e) => e.kind === kind && folded.every((w) => e.words.has(w))).map((e) => e.id);
  }
}
