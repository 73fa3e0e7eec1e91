/**
 * Reads a Chromium performance trace (puppeteer `page.tracing`) for the real-page bench: how much of
 * the page's main thread the extension took, task by task. Pure functions over the trace's events,
 * so they are tested without a browser (scripts/bench-trace.test.ts).
 *
 * Attribution: the extension's own script (its `chrome-extension://…/content-scripts/` or other
 * extension URL) shows up in three ways. `EvaluateScript` and `v8.compile` carry the script's URL
 * (compile plus top-level evaluation of the content script); everything later (a message reply's
 * continuation, a `scheduler.yield` resumption, a timer) runs as microtasks that carry no URL, so it
 * is attributed from the V8 sampling profiler the trace holds (`ProfileChunk`): a sample belongs to
 * the extension when any frame of its stack is the extension's code, and native work it called
 * (`outerHTML`, serialising a message) counts with it.
 */

/** One trace event, as far as these functions read it. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: what the thread spent on it, not waiting to be scheduled. */
  tdur?: number;
  cat?: string;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown> };
}

/** The extension's share of one page load's main thread, in milliseconds. */
export interface ExtensionCost {
  /** All the extension's main-thread time. */
  total: number;
  /** Its largest share of any one task: how long the page waited on it at once. */
  longestTask: number;
  /** Compiling its scripts (`v8.compile` of its URLs). */
  compile: number;
  /** Compile plus top-level evaluation of its scripts (`EvaluateScript` of its URLs). */
  evaluate: number;
  /** Every main-thread task of the page load, the extension's or not: busy time and the longest. */
  pageTotal: number;
  pageLongestTask: number;
  /**
   * The same figures in thread (CPU) time: on a busy machine the wall-clock ones include time the
   * renderer waited for a core. A task's CPU time is split by its samples: the extension's share of
   * the task's samples, of the task's thread time.
   */
  cpu: { total: number; longestTask: number; compile: number; evaluate: number; pageTotal: number; pageLongestTask: number };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string };
}

/** Events that carry the URL of the extension's script: classic scripts and modules (a lazily imported chunk). */
const OWN_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule']);

/**
 * Top-level work on a thread: tasks, and the microtask checkpoints Blink runs after them (where a
 * promise continuation, such as the one after a message reply, runs: outside the task's event).
 */
const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);
/** A checkpoint starting this close (µs) after a task's end is part of that task, as the page lives it. */
const SAME_TASK_GAP = 100;

/** The renderer (pid, main tid) whose main frame navigated to a URL starting with `pageUrl`. */
export function pageRenderer(events: readonly TraceEvent[], pageUrl: string): { pid: number; tid: number } | null {
  for (const e of events) {
    if (e.name !== 'navigationStart') continue;
    const url = e.args?.data?.documentLoaderURL;
    if (typeof url === 'string' && url.startsWith(pageUrl) && e.args?.data?.isOutermostMainFrame !== false) return { pid: e.pid, tid: e.tid };
  }
  return null;
}

/** Top-level tasks of one thread, outermost only, sorted by start. */
export function topLevelTasks(events: readonly TraceEvent[], pid: number, tid: number): TraceEvent[] {
  const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && TASK_NAMES.has(e.name) && (e.dur ?? 0) > 0).sort((a, b) => a.ts - b.ts);
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const t of tasks) {
    if (t.ts < end) continue; // nested in the previous outermost task
    const last = out[out.length - 1];
    if (last && t.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' && t.ts - end < SAME_TASK_GAP) {
      out[out.length - 1] = { ...last, dur: t.ts + t.dur! - last.ts, tdur: (last.tdur ?? last.dur!) + (t.tdur ?? t.dur!) };
    } else {
      out.push(t);
    }
    end = t.ts + t.dur!;
  }
  return out;
}

/** The CPU samples of one thread: their time (µs, trace clock), weight (µs) and whether the extension's code is on the stack. */
export function threadSamples(events: readonly TraceEvent[], pid: number, tid: number, isExtensionUrl: (url: string) => boolean): Array<{ ts: number; weight: number; ext: boolean }> {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  const nodes = new Map<number, ProfileNode>();
  const times: number[] = [];
  const ids: number[] = [];
  let t = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? profile.ts);
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== profile.id) continue;
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      times.push(t);
      ids.push(samples[i]!);
    }
  }
  const memo = new Map<number, boolean>();
  const extAt = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const own = !!node?.callFrame.url && isExtensionUrl(node.callFrame.url);
    const result = own || (node?.parent !== undefined ? extAt(node.parent) : false);
    memo.set(id, result);
    return result;
  };
  // A sample stands for the time until the next one (capped: a gap is the thread asleep, not working).
  return times.map((ts, i) => ({ ts, weight: Math.min(2_000, Math.max(0, (times[i + 1] ?? ts) - ts)), ext: extAt(ids[i]!) }));
}

/** The extension's main-thread cost on the page load that `events` traced (see the file comment). */
export function extensionCost(events: readonly TraceEvent[], pageUrl: string, isExtensionUrl: (url: string) => boolean): ExtensionCost | null {
  const renderer = pageRenderer(events, pageUrl);
  if (!renderer) return null;
  const { pid, tid } = renderer;
  const tasks = topLevelTasks(events, pid, tid);
  const samples = threadSamples(events, pid, tid, isExtensionUrl);
  const urlOf = (e: TraceEvent) => {
    const u = e.args?.data?.url ?? e.args?.fileName;
    return typeof u === 'string' ? u : '';
  };
  const own = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && OWN_EVENTS.has(e.name) && isExtensionUrl(urlOf(e)));
  let total = 0;
  let longestTask = 0;
  let totalCpu = 0;
  let longestCpu = 0;
  let s = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    let sampled = 0;
    let sampledAll = 0;
    while (s < samples.length && samples[s]!.ts < task.ts) s++;
    for (let i = s; i < samples.length && samples[i]!.ts < end; i++) {
      sampledAll += samples[i]!.weight;
      if (samples[i]!.ext) sampled += samples[i]!.weight;
    }
    // Compiling the content script is no sample of its code: the evaluation event covers it.
    const evaluations = own.filter((e) => (e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule') && e.ts >= task.ts && e.ts < end);
    const evaluated = evaluations.reduce((x, e) => x + e.dur!, 0);
    const evaluatedCpu = evaluations.reduce((x, e) => x + (e.tdur ?? e.dur!), 0);
    const mine = Math.min(task.dur!, Math.max(sampled, evaluated)) / 1000;
    const taskCpu = task.tdur ?? task.dur!;
    const mineCpu = Math.min(taskCpu, Math.max(sampledAll > 0 ? (taskCpu * sampled) / sampledAll : 0, evaluatedCpu)) / 1000;
    total += mine;
    longestTask = Math.max(longestTask, mine);
    totalCpu += mineCpu;
    longestCpu = Math.max(longestCpu, mineCpu);
  }
  const sum = (...names: string[]) => own.filter((e) => names.includes(e.name)).reduce((x, e) => x + e.dur!, 0) / 1000;
  const sumCpu = (...names: string[]) => own.filter((e) => names.includes(e.name)).reduce((x, e) => x + (e.tdur ?? e.dur!), 0) / 1000;
  return {
    total,
    longestTask,
    compile: sum('v8.compile', 'v8.compileModule'),
    evaluate: sum('EvaluateScript', 'v8.compileModule', 'v8.evaluateModule'),
    pageTotal: tasks.reduce((x, t) => x + t.dur!, 0) / 1000,
    pageLongestTask: Math.max(0, ...tasks.map((t) => t.dur!)) / 1000,
    cpu: {
      total: totalCpu,
      longestTask: longestCpu,
      compile: sumCpu('v8.compile', 'v8.compileModule'),
      evaluate: sumCpu('EvaluateScript', 'v8.compileModule', 'v8.evaluateModule'),
      pageTotal: tasks.reduce((x, t) => x + (t.tdur ?? t.dur!), 0) / 1000,
      pageLongestTask: Math.max(0, ...tasks.map((t) => t.tdur ?? t.dur!)) / 1000,
    },
  };
}

/** Trace categories the functions above need. */
export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'];
