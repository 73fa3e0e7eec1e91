/**
 * User-facing strings, through `browser.i18n` (`@wxt-dev/i18n`: messages in locales/en.json, typed
 * keys). Where `browser.i18n` is not available (unit tests in Node) the English messages given to
 * `setFallbackMessages` (fallback.ts, from tests/setup-unit.ts) are read directly, with the same substitution and
 * plural rules, so components render the same text. The extension itself always has
 * `browser.i18n`, so its bundles (the content script's above all) do not carry the messages file.
 */
import { createI18n } from '@wxt-dev/i18n';
// Types only: `wxt prepare` generates them, and loads entrypoints (so this file) before it has.
import type { GeneratedI18nStructure } from '#i18n';
import { fallbackMessages } from './fallback';

const i18n = createI18n<GeneratedI18nStructure>();

type Args = unknown[];

function lookup(key: string): unknown {
  let node: unknown = fallbackMessages();
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

/** English, straight from the messages file: `$1`…`$9` substitutions and `0/1/n` plural forms. */
function fallback(key: string, args: Args): string {
  let count: number | undefined;
  let subs: string[] | undefined;
  for (const a of args) {
    if (typeof a === 'number') count = a;
    else if (Array.isArray(a)) subs = a.map(String);
  }
  if (count !== undefined && !subs) subs = [String(count)];
  const node = lookup(key);
  let message = '';
  if (typeof node === 'string') message = node;
  else if (node && typeof node === 'object' && count !== undefined) {
    const forms = node as Record<string, string>;
    message = forms[String(count)] ?? forms.n ?? '';
  }
  return message.replace(/\$(\$|\d)/g, (_, d: string) => (d === '$' ? '$' : (subs?.[Number(d) - 1] ?? '')));
}

/** Translates a message key (see locales/en.json). */
export const t: typeof i18n.t = ((key: string, ...args: Args) => {
  try {
    const message = (i18n.t as (k: string, ...a: Args) => string)(key, ...args);
    if (message) return message;
  } catch {
    // No browser.i18n here: read the English file.
  }
  return fallback(key, args);
}) as typeof i18n.t;

/** A message with one `$1` slot, cut around it, for markup between the parts (`Highlight names on <strong>site</strong>`). */
export function tAround(key: { [K in keyof GeneratedI18nStructure & string]: GeneratedI18nStructure[K]['substitutions'] extends 1 ? K : never }[keyof GeneratedI18nStructure & string]): [string, string] {
  const mark = '\uE000';
  const [before = '', after = ''] = (t as (k: string, s: string[]) => string)(key, [mark]).split(mark);
  return [before, after];
}

type SlotKey = { [K in keyof GeneratedI18nStructure & string]: GeneratedI18nStructure[K]['substitutions'] extends 0 ? never : K }[keyof GeneratedI18nStructure & string];

/** Most `$n` slots a browser.i18n message can have. */
const MAX_SLOTS = 9;

/**
 * A message cut at its `$1`…`$9` slots, for markup in them: the text between the slots, and each
 * slot as its 0-based number, in the message's order (a translation may reorder them).
 * `Save with $1 or $2.` → `['Save with ', 0, ' or ', 1, '.']`.
 */
export function tSlots(key: SlotKey): Array<string | number> {
  const marks = Array.from({ length: MAX_SLOTS }, (_, i) => `\uE000${i}\uE001`);
  const message = (t as (k: string, s: string[]) => string)(key, marks);
  return message
    .split(/\uE000(\d)\uE001/)
    .map((part, i) => (i % 2 === 1 ? Number(part) : part))
    .filter((part) => part !== '');
}

/** `tSlots` with each slot replaced by the given node (markup, a keyboard key…), ready to render. */
export function fillSlots<T>(parts: ReadonlyArray<string | number>, slots: readonly T[]): Array<string | T> {
  return parts.map((part) => (typeof part === 'number' ? slots[part]! : part));
}
