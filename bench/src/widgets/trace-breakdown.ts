// Reads a Chrome trace (JSON `traceEvents`) and breaks each long task on the page's main thread
// down into its parts and the JS functions sampled inside it.

export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** Thread (CPU) time of the event, µs: unlike `dur`, not stretched while the OS ran other processes. */
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly id?: string;
  readonly args?: { name?: string; data?: Record<string, unknown> } & Record<string, unknown>;
}

export interface TaskBreakdown {
  /** ms after the first navigation event in the trace. */
  readonly startMs: number;
  readonly durationMs: number;
  /** The main thread's CPU time in the task (wall-clock `durationMs` includes time the OS gave to other processes). */
  readonly cpuMs: number;
  /** Trace events by self time inside the task (script, style, layout, GC …), ms, largest first. */
  readonly parts: [string, number][];
  /** JS functions by inclusive sampled time, ms, largest first. */
  readonly functions: [string, number][];
  /** The same samples grouped by `group(frame)` (e.g. a widget's folder), inclusive, ms. */
  readonly groups: [string, number][];
}

interface ProfileNode {
  readonly id: number;
  readonly parent?: number;
  readonly callFrame: { functionName: string; url?: string; lineNumber?: number };
}

/**
 * The page's main thread: of the renderer main threads (headless Chromium has WebUI renderers
 * of its own), the busiest one that handled something from `origin`.
 */
function mainThread(events: readonly TraceEvent[], origin: string): { pid: number; tid: number } {
  const candidates = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const ours = new Set<string>();
  for (const e of events) {
    const data = (e.args?.data ?? (e.args as { beginData?: Record<string, unknown> } | undefined)?.beginData) as Record<string, unknown> | undefined;
    const url = data?.url ?? data?.frame ?? data?.documentURL;
    if (typeof data?.url === 'string' && data.url.startsWith(origin)) ours.add(`${e.pid}:${e.tid}`);
    else if (typeof url === 'string' && url.startsWith(origin)) ours.add(`${e.pid}:${e.tid}`);
  }
  let best = { pid: -1, tid: -1, busy: -1 };
  for (const c of candidates) {
    if (ours.size > 0 && !ours.has(`${c.pid}:${c.tid}`)) continue;
    const busy = events.filter((e) => e.pid === c.pid && e.tid === c.tid && e.ph === 'X' && e.name === 'RunTask').reduce((s, e) => s + (e.dur ?? 0), 0);
    if (busy > best.busy) best = { pid: c.pid, tid: c.tid, busy };
  }
  return best;
}

function detail(event: TraceEvent): string {
  if (event.name === 'Layout') {
    const begin = (event.args as { beginData?: { dirtyObjects?: number; totalObjects?: number } } | undefined)?.beginData;
    if (begin && (event.dur ?? 0) > 10_000) return `Layout (${begin.dirtyObjects} of ${begin.totalObjects} objects dirty)`;
  }
  const data = event.args?.data ?? {};
  const url = typeof data.url === 'string' ? data.url.replace(/^https?:\/\/[^/]+/, '') : '';
  const fn = typeof data.functionName === 'string' ? data.functionName : '';
  return [event.name, fn, url].filter(Boolean).join(' ');
}

/** Samples of the CPU profile(s) in the trace, with their time stamps (µs) and stacks. */
function samples(events: readonly TraceEvent[], pid: number): { ts: number; dt: number; stack: string[] }[] {
  const starts = new Map<string, number>();
  for (const e of events) if (e.name === 'Profile' && e.pid === pid && e.id) starts.set(e.id, Number((e.args?.data as { startTime?: number })?.startTime ?? e.ts));
  const out: { ts: number; dt: number; stack: string[] }[] = [];
  for (const [id, start] of starts) {
    const nodes = new Map<number, ProfileNode>();
    const raw: { ts: number; node: number }[] = [];
    let at = start;
    for (const e of events) {
      if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== id) continue;
      const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
      for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      const ids = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      ids.forEach((node, i) => {
        at += deltas[i] ?? 0;
        raw.push({ ts: at, node });
      });
    }
    raw.forEach((s, i) => {
      const stack: string[] = [];
      for (let n = nodes.get(s.node); n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
        const { functionName, url, lineNumber } = n.callFrame;
        if (functionName === '(root)') continue;
        const file = url ? url.replace(/^.*\//, '') : '';
        stack.push(`${functionName || '(anonymous)'}${file ? ` ${file}:${(lineNumber ?? 0) + 1}` : ''}`);
      }
      out.push({ ts: s.ts, dt: (raw[i + 1]?.ts ?? s.ts) - s.ts, stack });
    });
  }
  return out;
}

/** The longest RunTask on the page's main thread by CPU time, ms. */
export function longestTaskCpu(events: readonly TraceEvent[], origin: string): number {
  const { pid, tid } = mainThread(events, origin);
  return events.reduce((max, e) => (e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' ? Math.max(max, (e.tdur ?? 0) / 1000) : max), 0);
}

/** Every RunTask on the page's main thread longer than `thresholdMs` (wall-clock or CPU), broken down. */
export function longTaskBreakdown(
  events: readonly TraceEvent[],
  thresholdMs: number,
  {
    origin = 'http',
    top = 25,
    rename = (frame: string) => frame,
    group = () => undefined,
  }: { origin?: string; top?: number; rename?: (frame: string) => string; group?: (frame: string) => string | undefined } = {},
): TaskBreakdown[] {
  const { pid, tid } = mainThread(events, origin);
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const zero = events.find((e) => e.name === 'navigationStart' && e.pid === pid)?.ts ?? onMain[0]?.ts ?? 0;
  const tasks = onMain.filter((e) => e.name === 'RunTask' && Math.max(e.dur ?? 0, e.tdur ?? 0) > thresholdMs * 1000);
  const sampled = samples(events, pid);
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts < end);
    // Self time per event name (time not inside a nested event), so wrappers count for nothing.
    const parts = new Map<string, number>();
    const open: { e: TraceEvent; end: number; children: number }[] = [{ e: task, end, children: 0 }];
    const close = (until: number) => {
      while (open.length > 1 && open[open.length - 1]!.end <= until) {
        const done = open.pop()!;
        parts.set(detail(done.e), (parts.get(detail(done.e)) ?? 0) + (done.e.dur ?? 0) - done.children);
        open[open.length - 1]!.children += done.e.dur ?? 0;
      }
    };
    for (const e of inside) {
      close(e.ts);
      open.push({ e, end: e.ts + (e.dur ?? 0), children: 0 });
    }
    close(Number.POSITIVE_INFINITY);
    parts.set('(task itself)', (task.dur ?? 0) - open[0]!.children);
    const functions = new Map<string, number>();
    const groups = new Map<string, number>();
    for (const s of sampled) {
      if (s.ts < task.ts || s.ts >= end) continue;
      const frames = s.stack.map(rename);
      for (const name of new Set(frames)) functions.set(name, (functions.get(name) ?? 0) + s.dt);
      for (const name of new Set(frames.map(group))) if (name) groups.set(name, (groups.get(name) ?? 0) + s.dt);
    }
    const ms = (m: Map<string, number>, n: number) =>
      [...m].map(([k, v]) => [k, v / 1000] as [string, number]).filter(([, v]) => v >= 0.5).sort((a, b) => b[1] - a[1]).slice(0, n);
    return { startMs: (task.ts - zero) / 1000, durationMs: (task.dur ?? 0) / 1000, cpuMs: (task.tdur ?? task.dur ?? 0) / 1000, parts: ms(parts, 15), functions: ms(functions, top), groups: ms(groups, top) };
  });
}
