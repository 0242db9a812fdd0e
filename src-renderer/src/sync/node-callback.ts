/**
 * PouchDB's methods answer a promise and, when given one, a Node-style callback too: the
 * wrappers sync puts around some of them (arrivals.ts, mirror-revs-diff.ts, own-docs.ts,
 * request-size.ts) answer both the same way.
 */
export function alsoCallback<T>(answer: Promise<T>, callback: unknown): Promise<T> {
  if (typeof callback === 'function')
    answer.then(
      (value) => (callback as (error: unknown, value?: T) => void)(null, value),
      (error) => (callback as (error: unknown) => void)(error),
    );
  return answer;
}
