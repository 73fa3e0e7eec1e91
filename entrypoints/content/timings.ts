/**
 * The bench's timings of one analysis (docs/benchmarks.md), reported in the page status: the
 * extraction's own, then the round trip to the background, locating and starting the features.
 */
import type { ExtractTimings } from '@/lib/extract/article';

/** Moments of one analysis (`performance.now()`), and the time spent sending and locating. */
export interface AnalysisMarks {
  /** The analysis started. */
  t0: number;
  /** The analyse request is sent. */
  t1: number;
  /** Its reply arrived. */
  t2: number;
  /** Every mention is located. */
  t3: number;
  /** The synchronous part of sending (serialising the text on the page's thread). */
  send: number;
  /** Time spent locating, without the yields between chunks. */
  locate: number;
}

/**
 * The timings of a finished analysis. `t4`: the features started; `analyses`: how many finished on
 * this page (only the first one runs cold); `firstHighlightAt`: when the page first showed
 * highlights, which a later analysis (the page changed, the glossary changed) does not move.
 */
export function readyTimings(extract: ExtractTimings, marks: AnalysisMarks, t4: number, analyses: number, firstHighlightAt?: number): Record<string, number> {
  const { t0, t1, t2, t3, send, locate } = marks;
  return {
    ...extract,
    send,
    roundTrip: t2 - t1,
    highlight: locate + (t4 - t3),
    locate,
    features: t4 - t3,
    total: t4 - t0,
    readyAt: t4,
    analyses,
    ...(firstHighlightAt !== undefined ? { firstHighlightAt } : {}),
  };
}
