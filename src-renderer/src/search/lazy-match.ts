/**
 * The find bar's matcher, loaded on first use: matching folds text through OpenCC's tables
 * (about 2 MB), which the window should not load before its first paint. The library search
 * does its matching in the search worker, which has its own copy.
 */
import { useEffect, useState } from 'react';
import type { findAll as FindAllFunction } from '../../../src-shared/search/match';

type FindAll = typeof FindAllFunction;

let loading: Promise<FindAll> | null = null;

export function loadFindAll(): Promise<FindAll> {
  loading ??= import('../../../src-shared/search/match').then((module) => module.findAll);
  return loading;
}

/** The matcher once loaded (null until then). */
export function useFindAll(): FindAll | null {
  const [findAll, setFindAll] = useState<FindAll | null>(null);
  useEffect(() => {
    let live = true;
    void loadFindAll().then((loaded) => {
      if (live) setFindAll(() => loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  return findAll;
}
