/**
 * Hybrid logical clocks: a time stamp that follows the wall clock but never goes backwards and
 * always moves past every stamp a replica has seen, so "the latest edit wins" holds even when
 * one computer's clock is behind. Stamps are fixed-width strings that compare as text:
 * `<milliseconds, base 36, 9 chars>-<counter, base 36, 4 chars>-<node id>`.
 */

export type HlcStamp = string;

export interface HlcState {
  millis: number;
  counter: number;
  node: string;
}

const MILLIS_WIDTH = 9;
const COUNTER_WIDTH = 4;
const MAX_COUNTER = 36 ** COUNTER_WIDTH - 1;
/** A stamp from another replica more than a day ahead of this clock is refused as broken. */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

export function formatHlc(state: HlcState): HlcStamp {
  return `${state.millis.toString(36).padStart(MILLIS_WIDTH, '0')}-${state.counter
    .toString(36)
    .padStart(COUNTER_WIDTH, '0')}-${state.node}`;
}

export function parseHlc(stamp: HlcStamp): HlcState | null {
  const match = /^([0-9a-z]{9})-([0-9a-z]{4})-(.+)$/.exec(stamp);
  if (!match) return null;
  return { millis: parseInt(match[1], 36), counter: parseInt(match[2], 36), node: match[3] };
}

export function compareHlc(a: HlcStamp, b: HlcStamp): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxHlc(a: HlcStamp | undefined, b: HlcStamp | undefined): HlcStamp | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareHlc(a, b) >= 0 ? a : b;
}

/** One replica's clock. `now` is injectable so tests can move time (or not) as they like. */
export class HybridClock {
  private state: HlcState;

  constructor(
    node: string,
    private readonly now: () => number = Date.now,
  ) {
    if (!/^[0-9a-z]{1,16}$/i.test(node)) throw new Error('A clock node id is 1–16 letters or digits.');
    this.state = { millis: 0, counter: 0, node };
  }

  get node(): string {
    return this.state.node;
  }

  /** A stamp for a local event, later than every stamp this clock made or received. */
  tick(): HlcStamp {
    const wall = this.now();
    if (wall > this.state.millis) this.state = { ...this.state, millis: wall, counter: 0 };
    else this.advanceCounter();
    return formatHlc(this.state);
  }

  /** Moves this clock past a stamp seen from another replica. */
  receive(stamp: HlcStamp): void {
    const remote = parseHlc(stamp);
    if (!remote) return;
    const wall = this.now();
    if (remote.millis > wall + MAX_DRIFT_MS) return;
    const millis = Math.max(wall, this.state.millis, remote.millis);
    let counter = 0;
    if (millis === this.state.millis && millis === remote.millis)
      counter = Math.max(this.state.counter, remote.counter) + 1;
    else if (millis === this.state.millis) counter = this.state.counter + 1;
    else if (millis === remote.millis) counter = remote.counter + 1;
    this.state = { ...this.state, millis, counter: Math.min(counter, MAX_COUNTER) };
  }

  private advanceCounter(): void {
    if (this.state.counter < MAX_COUNTER) this.state = { ...this.state, counter: this.state.counter + 1 };
    else this.state = { ...this.state, millis: this.state.millis + 1, counter: 0 };
  }
}
