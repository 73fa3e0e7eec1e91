import { describe, expect, it } from 'vitest';
import { extensionCost, type TraceEvent } from './bench-trace';

const EXT = 'chrome-extension://abc/';
const PAGE = 'http://127.0.0.1:8000/news/source.html';
const pid = 7;
const tid = 7;
const X = (name: string, ts: number, dur: number, args?: TraceEvent['args']): TraceEvent => ({ name, ph: 'X', pid, tid, ts, dur, ...(args ? { args } : {}) });

/** A page load: the page's own task, the content script's evaluation, and a reply's continuation in a microtask checkpoint. */
function trace(): TraceEvent[] {
  const nodes = [
    { id: 1, callFrame: { functionName: '(root)' } },
    { id: 2, parent: 1, callFrame: { functionName: 'pageScript', url: 'http://127.0.0.1:8000/app.js' } },
    { id: 3, parent: 1, callFrame: { functionName: 'analyse', url: `${EXT}analyser.js?i=x` } },
    { id: 4, parent: 3, callFrame: { functionName: 'get outerHTML' } },
  ];
  // Samples every 1 ms (1,000 µs) from 10,000 µs: page script at 10-19 ms, extension at 40-47 ms.
  const samples: number[] = [];
  const deltas: number[] = [];
  for (let t = 10_000; t < 50_000; t += 1_000) {
    samples.push(t < 20_000 ? 2 : t >= 40_000 && t < 48_000 ? (t < 44_000 ? 3 : 4) : 1);
    deltas.push(t === 10_000 ? 10_000 : 1_000);
  }
  return [
    { name: 'navigationStart', ph: 'R', pid, tid, ts: 0, args: { data: { documentLoaderURL: PAGE, isOutermostMainFrame: true } } },
    { name: 'Profile', ph: 'P', pid, tid, ts: 0, id: '0x1', args: { data: { startTime: 0 } } },
    { name: 'ProfileChunk', ph: 'P', pid, tid: 99, ts: 60_000, id: '0x1', args: { data: { cpuProfile: { nodes, samples }, timeDeltas: deltas } } },
    X('ThreadControllerImpl::RunTask', 10_000, 10_000), // the page's own script
    X('ThreadControllerImpl::RunTask', 25_000, 6_000), // the content script's evaluation
    X('EvaluateScript', 25_100, 5_000, { data: { url: `${EXT}content-scripts/content.js` } }),
    X('v8.compile', 25_200, 1_500, { data: { url: `${EXT}content-scripts/content.js` } }),
    X('ThreadControllerImpl::RunTask', 39_500, 500), // a message reply arrives…
    X('BlinkScheduler_PerformMicrotaskCheckpoint', 40_020, 8_000), // …and its continuation runs right after
    X('RunMicrotasks', 40_030, 7_900),
  ];
}

describe('extensionCost', () => {
  it("counts the extension's evaluation and its sampled continuation, not the page's own script", () => {
    const cost = extensionCost(trace(), PAGE, (u) => u.startsWith(EXT))!;
    expect(cost.evaluate).toBe(5);
    expect(cost.compile).toBe(1.5);
    // 5 ms evaluation + 8 samples of 1 ms of extension code (native outerHTML counted with its caller).
    expect(cost.total).toBeCloseTo(13);
    // The continuation belongs to the reply's task: one 8 ms share, longer than the 5 ms evaluation.
    expect(cost.longestTask).toBeCloseTo(8);
    expect(cost.pageTotal).toBeCloseTo(10 + 6 + 8.52);
    expect(cost.pageLongestTask).toBeCloseTo(10);
  });

  it('answers null for a trace without the page, and nothing for a browser without the extension', () => {
    expect(extensionCost(trace(), 'http://elsewhere/', () => true)).toBeNull();
    expect(extensionCost(trace(), PAGE, () => false)).toMatchObject({ total: 0, longestTask: 0, compile: 0, evaluate: 0 });
  });
});
