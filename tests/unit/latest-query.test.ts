/**
 * Which search answer the palette shows: the newest query's only, the newest waiting query
 * after the one in flight, and the current query again when the index changes under it.
 */
import { describe, expect, it } from 'vitest';
import { LatestQuery, type SearchRequest } from '../../src-renderer/src/search/latest-query';

function harness() {
  const calls: { request: SearchRequest; resolve: (results: string[]) => void }[] = [];
  const shown: { query: string; results: string[] }[] = [];
  const runner = new LatestQuery<string[]>(
    (request) => new Promise((resolve) => calls.push({ request, resolve })),
    (request, results) => shown.push({ query: request.query, results }),
  );
  return { runner, calls, shown };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const ask = (query: string): SearchRequest => ({ query, includeRemoved: false });

describe('LatestQuery', () => {
  it('sends only the newest of the queries typed while one is in flight', async () => {
    const { runner, calls, shown } = harness();
    runner.ask(ask('h'));
    runner.ask(ask('ha'));
    runner.ask(ask('har'));
    expect(calls.map((call) => call.request.query)).toEqual(['h']);
    calls[0].resolve(['old']);
    await settle();
    expect(calls.map((call) => call.request.query)).toEqual(['h', 'har']);
    // 'ha' was never sent; the answer to 'h' shows until the answer to 'har' replaces it.
    expect(shown).toEqual([{ query: 'h', results: ['old'] }]);
    calls[1].resolve(['Harbor Notes']);
    await settle();
    expect(shown.at(-1)).toEqual({ query: 'har', results: ['Harbor Notes'] });
  });

  it('never shows an answer to a query older than the newest one sent', async () => {
    const { runner, calls, shown } = harness();
    runner.indexChanged(1);
    runner.ask(ask('harbor'));
    runner.indexChanged(2); // waits behind the query in flight
    runner.ask(ask('tides')); // replaces the waiting re-run
    calls[0].resolve(['Harbor Notes']);
    await settle();
    expect(calls.map((call) => call.request.query)).toEqual(['harbor', 'tides']);
    calls[1].resolve(['Tides']);
    await settle();
    expect(shown.map((answer) => answer.query)).toEqual(['harbor', 'tides']);
  });

  it('runs the shown query again when the index changes, and shows the new answer', async () => {
    const { runner, calls, shown } = harness();
    runner.indexChanged(3);
    runner.ask(ask('harbor'));
    calls[0].resolve(['Harbor Notes']);
    await settle();
    runner.indexChanged(3);
    expect(calls).toHaveLength(1);
    runner.indexChanged(4); // the article was deleted
    expect(calls.map((call) => call.request.query)).toEqual(['harbor', 'harbor']);
    calls[1].resolve([]);
    await settle();
    expect(shown.at(-1)).toEqual({ query: 'harbor', results: [] });
  });

  it('asks nothing when the index changes while the box is empty', async () => {
    const { runner, calls, shown } = harness();
    runner.indexChanged(1);
    runner.ask(ask('harbor'));
    runner.ask(null);
    calls[0].resolve(['Harbor Notes']);
    await settle();
    runner.indexChanged(2);
    expect(calls).toHaveLength(1);
    expect(shown).toEqual([]);
  });
});
