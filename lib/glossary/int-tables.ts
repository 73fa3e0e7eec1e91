/**
 * Compact tables for the matcher: growable int lists, a table numbering folded words that can be
 * probed straight from an article's characters, and a hash from (trie node, word) to child node.
 * All of them live in typed arrays, so a glossary of a million names costs a few arrays instead of
 * millions of objects and Maps.
 */

/** A growable list of 32-bit integers. */
export class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity = 16) {
    this.data = new Int32Array(Math.max(1, capacity));
  }

  /** Appends `v` and returns its index. */
  push(v: number): number {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = v;
    return this.length++;
  }

  /** The items, trimmed to length (a copy). */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** A `WordTable` as stored data. */
export interface WordTableData {
  words: string[];
  slots: Int32Array;
}

/** An `EdgeTable` as stored data. */
export interface EdgeTableData {
  slots: Int32Array;
  count: number;
}

/** Tables are kept at most this full, so a failed probe (the common case) ends after ~1–2 slots. */
const MAX_LOAD = 0.25;

/** ASCII capital letters fold to lower case by adding this. */
const ASCII_CASE_BIT = 32;

/** FNV-1a over char codes; both table kinds use it. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function tableSize(count: number): number {
  let size = 16;
  while (size * MAX_LOAD < count) size *= 2;
  return size;
}

/**
 * Numbers distinct folded words (0, 1, 2…). A word can be looked up either as a string or as a
 * run of plain ASCII in a text, folded to lower case on the fly, so no string is made for it.
 */
export class WordTable {
  /** The words, by number. */
  readonly words: string[];
  private slots: Int32Array; // word number + 1; 0 is empty

  /** An empty table, or one restored from `toData()`. */
  constructor(data?: WordTableData) {
    this.words = data ? data.words : [];
    this.slots = data ? data.slots : new Int32Array(tableSize(0));
  }

  /** The table as plain arrays (structured-clone friendly), for `new WordTable(data)`. */
  toData(): WordTableData {
    return { words: this.words, slots: this.slots };
  }

  /** The number of `word`, adding it when new. */
  intern(word: string): number {
    const found = this.get(word);
    if (found >= 0) return found;
    if (this.words.length + 1 > this.slots.length * MAX_LOAD) this.rehash(this.slots.length * 2);
    const id = this.words.length;
    this.words.push(word);
    this.place(id);
    return id;
  }

  /** The number of `word`, or -1. */
  get(word: string): number {
    let h = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const v = this.slots[s]!;
      if (v === 0) return -1;
      if (this.words[v - 1] === word) return v - 1;
    }
  }

  /**
   * The number of the word spelt by `text[start, end)` folded to lower case, or -1. The range must
   * be plain ASCII letters and digits (what the tokenizer calls a plain word).
   */
  getAscii(text: string, start: number, end: number): number {
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + ASCII_CASE_BIT : c), FNV_PRIME);
    }
    const mask = this.slots.length - 1;
    const len = end - start;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const v = this.slots[s]!;
      if (v === 0) return -1;
      const w = this.words[v - 1]!;
      if (w.length !== len) continue;
      let same = true;
      for (let k = 0; k < len; k++) {
        const c = text.charCodeAt(start + k);
        if ((c >= 65 && c <= 90 ? c + ASCII_CASE_BIT : c) !== w.charCodeAt(k)) {
          same = false;
          break;
        }
      }
      if (same) return v - 1;
    }
  }

  private place(id: number): void {
    const word = this.words[id]!;
    let h = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
    const mask = this.slots.length - 1;
    let s = h & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = id + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let id = 0; id < this.words.length; id++) this.place(id);
  }
}

/** The edge table may be fuller than the word table: it is probed only after a word was found. */
const EDGE_MAX_LOAD = 0.5;

/** Ints per slot of `EdgeTable`: parent node, word number, child node + 1 (0 is empty). */
const EDGE_STRIDE = 3;

/** The trie's edges: (node, word number) -> child node, open addressing in one Int32Array. */
export class EdgeTable {
  private slots: Int32Array;
  private count: number;

  /** An empty table, or one restored from `toData()`. */
  constructor(data?: EdgeTableData) {
    this.slots = data ? data.slots : new Int32Array(tableSize(0) * EDGE_STRIDE);
    this.count = data ? data.count : 0;
  }

  /** The table as plain arrays (structured-clone friendly), for `new EdgeTable(data)`. */
  toData(): EdgeTableData {
    return { slots: this.slots, count: this.count };
  }

  private static hash(node: number, word: number): number {
    return Math.imul(Math.imul(node, 0x9e3779b1) ^ word, 0x85ebca6b) ^ (node >>> 7);
  }

  /** The child of `node` along `word`, or -1. */
  get(node: number, word: number): number {
    const slots = this.slots;
    const mask = slots.length / EDGE_STRIDE - 1;
    for (let s = EdgeTable.hash(node, word) & mask; ; s = (s + 1) & mask) {
      const at = s * EDGE_STRIDE;
      const child = slots[at + 2]!;
      if (child === 0) return -1;
      if (slots[at] === node && slots[at + 1] === word) return child - 1;
    }
  }

  /** Records `node` -(word)-> `child`; the pair must not be present yet. */
  set(node: number, word: number, child: number): void {
    if (this.count + 1 > (this.slots.length / EDGE_STRIDE) * EDGE_MAX_LOAD) this.grow();
    this.insert(this.slots, node, word, child + 1);
    this.count++;
  }

  private insert(slots: Int32Array, node: number, word: number, childPlusOne: number): void {
    const mask = slots.length / EDGE_STRIDE - 1;
    let s = EdgeTable.hash(node, word) & mask;
    while (slots[s * EDGE_STRIDE + 2] !== 0) s = (s + 1) & mask;
    const at = s * EDGE_STRIDE;
    slots[at] = node;
    slots[at + 1] = word;
    slots[at + 2] = childPlusOne;
  }

  private grow(): void {
    const old = this.slots;
    const next = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += EDGE_STRIDE) if (old[at + 2] !== 0) this.insert(next, old[at]!, old[at + 1]!, old[at + 2]!);
    this.slots = next;
  }
}
