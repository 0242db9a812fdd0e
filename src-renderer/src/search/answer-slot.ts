/**
 * A slot of shared memory where the search worker leaves its latest answer, so that the window
 * can take it inside a frame (in a requestAnimationFrame callback) instead of waiting for the
 * answer's message. Chromium holds a page's posted messages back between a key press and the
 * frame that follows it; an answer that is ready before that frame would otherwise be painted one
 * frame later (docs/search.md). The message is still sent: the slot only lets an early answer in.
 *
 * One writer (the worker), one reader (the window). The header's first word is the id of the
 * answer held, or WRITING while the worker writes; the reader copies the bytes and checks that
 * the id did not change meanwhile (a sequence lock), so it never reads half an answer.
 *
 * The header's third word goes the other way: the id of the newest query the window has sent,
 * so that the worker's background work (counting totals, preparing the index) can see that a
 * query is waiting for it and stop without waiting for its own slice to end.
 */
const STATE = 0;
const LENGTH = 1;
const ASKED = 2;
const HEADER_BYTES = 16;
const WRITING = -1;
const EMPTY = 0;
/** Room for a first page of results with their snippets, many times over. */
const DEFAULT_BYTES = 1 << 20;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class AnswerSlot {
  private readonly header: Int32Array;
  private readonly bytes: Uint8Array;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.header = new Int32Array(buffer, 0, 3);
    this.bytes = new Uint8Array(buffer, HEADER_BYTES);
  }

  /** A new empty slot; null where shared memory is not available. */
  static create(bytes = DEFAULT_BYTES): AnswerSlot | null {
    if (typeof SharedArrayBuffer !== 'function') return null;
    return new AnswerSlot(new SharedArrayBuffer(HEADER_BYTES + bytes));
  }

  /**
   * Leaves the answer `id` (a positive integer) in the slot; one that does not fit leaves it
   * empty (the window then takes the answer from its message).
   */
  write(id: number, answer: unknown): void {
    Atomics.store(this.header, STATE, WRITING);
    const encoded = encoder.encode(JSON.stringify(answer));
    if (encoded.length > this.bytes.length) {
      Atomics.store(this.header, STATE, EMPTY);
      return;
    }
    this.bytes.set(encoded);
    Atomics.store(this.header, LENGTH, encoded.length);
    Atomics.store(this.header, STATE, id);
  }

  /** The window sent query `id` (ids only grow). */
  asked(id: number): void {
    Atomics.store(this.header, ASKED, id);
  }

  /** The id of the newest query sent (0 before the first). */
  lastAsked(): number {
    return Atomics.load(this.header, ASKED);
  }

  /** The answer `id` when the slot holds it whole, else null. */
  read<T>(id: number): T | null {
    if (Atomics.load(this.header, STATE) !== id) return null;
    const length = Atomics.load(this.header, LENGTH);
    // A copy: the worker may start on the next answer while this one is decoded.
    const copy = this.bytes.slice(0, length);
    if (Atomics.load(this.header, STATE) !== id) return null;
    return JSON.parse(decoder.decode(copy)) as T;
  }
}
