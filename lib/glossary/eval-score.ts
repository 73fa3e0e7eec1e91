/**
 * Scores the matcher against gold mentions, the way NER systems are scored: a predicted mention is
 * correct when its span and its entry both equal a gold mention's; precision = correct / predicted,
 * recall = correct / gold. Gold is written as `{ surface, occurrence, entryId }` (the n-th occurrence
 * of the surface text), which stays readable and survives edits of the text around it.
 */
import type { Mention } from './matcher';

export interface GoldMention {
  surface: string;
  /** 1-based: which occurrence of `surface` in the text. */
  occurrence: number;
  entryId: string;
}

export interface EvalArticle {
  lang: string;
  /** "dev": used while building; "heldout": written after, never tuned on. */
  split: 'dev' | 'heldout';
  title: string;
  text: string;
  gold: GoldMention[];
}

export interface Score {
  predicted: number;
  gold: number;
  correct: number;
  /** Predictions that are not gold, and gold that was not predicted, as "surface=entryId". */
  falsePositives: string[];
  falseNegatives: string[];
}

/** The offset of the `occurrence`-th `surface` in `text`; throws when the gold names text that is not there. */
export function goldStart(text: string, g: GoldMention): number {
  let at = -1;
  for (let i = 0; i < g.occurrence; i++) {
    at = text.indexOf(g.surface, at + 1);
    if (at < 0) throw new Error(`Gold "${g.surface}" #${g.occurrence} is not in the text`);
  }
  return at;
}

/** Scores one article's mentions (resolved ones only: an unresolved name counts as no prediction). */
export function scoreArticle(article: EvalArticle, mentions: readonly Mention[]): Score {
  const key = (start: number, end: number, id: string) => `${start}:${end}:${id}`;
  const gold = new Map(article.gold.map((g) => {
    const start = goldStart(article.text, g);
    return [key(start, start + g.surface.length, g.entryId), `${g.surface}=${g.entryId}`];
  }));
  const predicted = new Map(mentions.filter((m) => m.entryId).map((m) => [key(m.start, m.end, m.entryId!), `${article.text.slice(m.start, m.end)}=${m.entryId}`]));
  const correct = [...predicted.keys()].filter((k) => gold.has(k)).length;
  return {
    predicted: predicted.size,
    gold: gold.size,
    correct,
    falsePositives: [...predicted].filter(([k]) => !gold.has(k)).map(([, v]) => v),
    falseNegatives: [...gold].filter(([k]) => !predicted.has(k)).map(([, v]) => v),
  };
}

/** Sums scores. */
export function addScores(scores: readonly Score[]): Score {
  return scores.reduce(
    (a, s) => ({
      predicted: a.predicted + s.predicted,
      gold: a.gold + s.gold,
      correct: a.correct + s.correct,
      falsePositives: [...a.falsePositives, ...s.falsePositives],
      falseNegatives: [...a.falseNegatives, ...s.falseNegatives],
    }),
    { predicted: 0, gold: 0, correct: 0, falsePositives: [], falseNegatives: [] },
  );
}

/** Precision, recall and F1 of a score (1 when there is nothing to get wrong). */
export function rates(s: Score): { precision: number; recall: number; f1: number } {
  const precision = s.predicted === 0 ? 1 : s.correct / s.predicted;
  const recall = s.gold === 0 ? 1 : s.correct / s.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
