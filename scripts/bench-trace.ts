/**
 * Reading what Chromium recorded: which main-thread time is the content
 * script's. Pure functions over a CPU profile (CDP `Profiler`) or a trace
 * (CDP `Tracing`, Chrome's trace event format); no browser, so the unit tests
 * run them on small hand-made recordings (test/unit/bench-trace.test.ts).
 */

export interface CpuProfile {
  nodes: { id: number; children?: number[]; callFrame: { url: string } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Main-thread time (ms) of samples with a frame of `url` anywhere on the stack. */
export function timeIn(profile: CpuProfile, url: string): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const memo = new Map<number, boolean>();
  const ours = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = node?.callFrame.url === url || (up !== undefined && ours(up));
    memo.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let micros = 0;
  // A sample stands for the time until the next one.
  for (let i = 0; i < samples.length; i += 1) if (ours(samples[i]!)) micros += deltas[i + 1] ?? 0;
  return micros / 1000;
}

/** One event of a trace, as CDP's `Tracing.dataCollected` gives them (times in µs). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; chrome_mojo_event_info?: { mojo_interface_tag?: string } };
}

export interface LongestTasks {
  /** The longest task (ms) in which the content script worked; NaN when none was seen. */
  withScript: number;
  /** The longest task (ms) of the same thread, whoever worked in it. */
  any: number;
}

/**
 * The longest main-thread task (`RunTask`, categories `toplevel` and
 * `disabled-by-default-devtools.timeline`) in which the content script at
 * `url` worked. A task counts when it holds an event naming the script (it
 * was evaluated, compiled, or called: `EvaluateScript`, `v8.compile`,
 * `FunctionCall` from an observer, a timer or a frame), or when it delivered
 * an extension message (`extensions.mojom.MessagePort`): the answer to the
 * script's own message, whose promise callbacks then run as microtasks, which
 * the trace does not name by script. Only a content script can receive such
 * a message in a web page. The sampling profiler would name them too, but it
 * slows the page it watches (the replica's module took four times as long
 * with it, CPU slowed 6×), and so would make the figure it measures.
 */
export function longestTasks(events: readonly TraceEvent[], url: string): LongestTasks {
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const named = events.filter((e) => e.args?.data?.url === url);
  const threads = new Set(named.map(thread));
  const points = [
    ...named,
    ...events.filter((e) => e.name === 'Receive mojo message' && e.args?.chrome_mojo_event_info?.mojo_interface_tag === 'extensions.mojom.MessagePort' && threads.has(thread(e))),
  ];
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && threads.has(thread(e)));
  const holdsScript = (task: TraceEvent) => points.some((p) => thread(p) === thread(task) && p.ts >= task.ts && p.ts <= task.ts + (task.dur ?? 0));
  const longest = (list: readonly TraceEvent[]) => (list.length === 0 ? Number.NaN : Math.max(...list.map((task) => (task.dur ?? 0) / 1000)));
  return { withScript: longest(tasks.filter(holdsScript)), any: longest(tasks) };
}
