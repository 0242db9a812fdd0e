/**
 * Typing into the search palette, timed in the page: each query's last character typed after
 * the answer to the rest is on screen, from the keystroke (`beforeinput`) to the frame with its
 * answer painted, split into where the time went (the window before the query is posted, the
 * worker's wait and engine, the messages, React's commit, the wait for the frame, the paint).
 * Used by search-10k, and by hand on a prepared library when profiling.
 */
import type { Locator, Page } from '@playwright/test';
import { median, round } from '../support';

export interface TypedQuery {
  query: string;
  kind: string;
}

/** One keystroke's time, in ms, by stage. */
export interface KeystrokeTiming {
  query: string;
  kind: string;
  /** Keystroke → painted. */
  total: number;
  /** Keystroke → query posted to the worker. */
  toSend: number;
  /** In the worker, behind other index work. */
  wait: number;
  engine: number;
  /**
   * The two messages (posted → answer received, less the worker's wait and engine); for an
   * answer taken from shared memory in the next frame, the wait for that frame.
   */
  messages: number;
  /** Answer received → the results' DOM committed by React. */
  render: number;
  /** Commit → the next frame's animation callbacks (0 when committed inside that frame). */
  frame: number;
  /** The frame's style, layout and paint (animation callbacks → the task after the frame). */
  paint: number;
}

export const STAGES = ['toSend', 'wait', 'engine', 'messages', 'render', 'frame', 'paint'] as const;

export function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
}

/**
 * Installs the page-side clocks (once per page). The answer is painted by the frame after its
 * commit, or by the frame being made when the commit happens inside that frame's animation
 * callbacks (the app may take an answer there): a ResizeObserver, whose callbacks run later in
 * the same frame, tells the two apart.
 */
export async function watchPaints(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      __key: number;
      __commit: number;
      __raf: number;
      __painted: number;
      __expect: string;
    };
    const probe = document.createElement('div');
    probe.style.cssText = 'position:fixed;left:-10px;top:0;width:1px;height:1px;pointer-events:none';
    document.body.append(probe);
    let inFrame = false;
    new ResizeObserver(() => (inFrame = false)).observe(probe);
    document.addEventListener(
      'beforeinput',
      () => {
        w.__key = performance.now();
        // Registered before the app's own frame callbacks for this keystroke, so it runs first.
        requestAnimationFrame(() => {
          inFrame = true;
          probe.style.width = probe.style.width === '1px' ? '2px' : '1px';
        });
      },
      true,
    );
    const results = document.querySelector<HTMLElement>('#search-results')!;
    new MutationObserver(() => {
      // The frame with the answer to the whole query: rAF runs before it is painted, the task after.
      if (results.dataset.query !== w.__expect || w.__commit) return;
      w.__commit = performance.now();
      if (inFrame) {
        w.__raf = w.__commit;
        setTimeout(() => (w.__painted ||= performance.now()), 0);
        return;
      }
      requestAnimationFrame(() => {
        w.__raf = performance.now();
        setTimeout(() => (w.__painted ||= performance.now()), 0);
      });
    }).observe(results, { attributes: true, attributeFilter: ['data-answered'] });
  });
}

/** Types each query (all but its last character first, settled, then the last), `reps` times. */
export async function typeQueries(
  page: Page,
  input: Locator,
  queries: readonly TypedQuery[],
  reps: number,
): Promise<KeystrokeTiming[]> {
  const timings: KeystrokeTiming[] = [];
  for (let rep = 0; rep < reps; rep++) {
    for (const { query, kind } of queries) {
      // From a settled palette: the answer to the query so far is on screen.
      await input.fill(query.slice(0, -1));
      await page.waitForFunction(
        (q) => q === '' || document.querySelector('#search-results')?.getAttribute('data-query') === q,
        query.slice(0, -1),
        { timeout: 30_000 },
      );
      await page.evaluate((q) => {
        const w = window as unknown as { __painted: number; __commit: number; __expect: string };
        w.__painted = 0;
        w.__commit = 0;
        w.__expect = q;
      }, query);
      await input.press('End');
      await page.keyboard.type(query.slice(-1));
      await page.waitForFunction(
        () => (window as unknown as { __painted: number }).__painted > 0,
        undefined,
        {
          timeout: 30_000,
        },
      );
      const t = await page.evaluate(() => {
        const w = window as unknown as { __key: number; __commit: number; __raf: number; __painted: number };
        const d = document.querySelector<HTMLElement>('#search-results')!.dataset;
        return {
          key: w.__key,
          commit: w.__commit,
          raf: w.__raf,
          painted: w.__painted,
          sentAt: Number(d.sentAt),
          receivedAt: Number(d.receivedAt),
          wait: Number(d.waitMs),
          engine: Number(d.engineMs),
        };
      });
      timings.push({
        query,
        kind,
        total: t.painted - t.key,
        toSend: t.sentAt - t.key,
        wait: t.wait,
        engine: t.engine,
        messages: t.receivedAt - t.sentAt - t.wait - t.engine,
        render: t.commit - t.receivedAt,
        frame: t.raf - t.commit,
        paint: t.painted - t.raf,
      });
    }
  }
  return timings;
}

/** "stage p50 / p95" for every stage, one line. */
export function describeStages(timings: readonly KeystrokeTiming[]): string {
  return STAGES.map((stage) => {
    const values = timings.map((t) => t[stage]);
    return `${stage} ${round(median(values))} / ${round(p95(values))}`;
  }).join(', ');
}
