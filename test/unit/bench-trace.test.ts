import { describe, expect, it } from 'vitest';
import { longestTasks, timeIn, type TraceEvent } from '../../scripts/bench-trace';

const OURS = 'chrome-extension://id/src/content/index.js';
const PAGE = 'https://profil.minid.no/__replica/minid.js';

describe('timeIn', () => {
  it('counts the samples with a frame of the script anywhere on the stack, each until the next sample', () => {
    // root → page function → our function (a callback the page's call led to); root → our script.
    const profile = {
      nodes: [
        { id: 1, children: [2, 4], callFrame: { url: '' } },
        { id: 2, children: [3], callFrame: { url: PAGE } },
        { id: 3, callFrame: { url: OURS } },
        { id: 4, callFrame: { url: OURS } },
      ],
      samples: [2, 3, 4, 1, 2],
      timeDeltas: [0, 1000, 2000, 4000, 8000],
    };
    expect(timeIn(profile, OURS)).toBe(6); // sample 3 (2 ms) and sample 4 (4 ms)
    expect(timeIn(profile, 'chrome-extension://other/x.js')).toBe(0);
  });
});

const task = (ts: number, durMs: number, tid = 1): TraceEvent => ({ name: 'RunTask', ph: 'X', ts, dur: durMs * 1000, pid: 7, tid });
const named = (name: string, ts: number, url: string, tid = 1): TraceEvent => ({ name, ph: 'X', ts, dur: 100, pid: 7, tid, args: { data: { url } } });
const message = (ts: number, tag: string, tid = 1): TraceEvent => ({ name: 'Receive mojo message', ph: 'X', ts, dur: 10, pid: 7, tid, args: { chrome_mojo_event_info: { mojo_interface_tag: tag } } });

describe('longestTasks', () => {
  it('takes the longest task that holds an event naming the script, and the thread\'s longest of all', () => {
    const events = [
      task(0, 80), // the page's module: long, but not ours
      named('v8.compileModule', 100, PAGE),
      task(100_000, 12),
      named('EvaluateScript', 100_500, OURS),
      task(200_000, 30),
      named('FunctionCall', 229_000, OURS),
      task(300_000, 5),
    ];
    expect(longestTasks(events, OURS)).toEqual({ withScript: 30, any: 80 });
  });

  it('counts a task that delivered an extension message: the answer\'s callbacks are the script\'s, as microtasks', () => {
    const events = [task(0, 4), named('EvaluateScript', 100, OURS), task(50_000, 45), message(50_010, 'extensions.mojom.MessagePort'), task(100_000, 60), message(100_010, 'blink.mojom.Other')];
    expect(longestTasks(events, OURS).withScript).toBe(45);
  });

  it('looks only at the threads the script ran on', () => {
    const events = [task(0, 4), named('EvaluateScript', 100, OURS), task(0, 900, 2), named('FunctionCall', 100, OURS, 3), message(10, 'extensions.mojom.MessagePort', 2)];
    expect(longestTasks(events, OURS)).toEqual({ withScript: 4, any: 4 });
  });

  it('is NaN when the script never ran', () => {
    expect(longestTasks([task(0, 4)], OURS)).toEqual({ withScript: Number.NaN, any: Number.NaN });
  });
});
