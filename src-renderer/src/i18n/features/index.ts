/**
 * UI strings of the feature areas, each in its own file (`{ en, zhCN }` with the same keys), so
 * features add their words without touching the core dictionaries.
 */
import * as highlights from './highlights';
import * as tags from './tags';
import * as passages from './passages';
import * as timeline from './timeline';
import * as exporting from './exporting';
import * as sync from './sync';

export const FEATURE_DICTIONARIES = {
  en: { ...highlights.en, ...tags.en, ...passages.en, ...timeline.en, ...exporting.en, ...sync.en },
  zhCN: { ...highlights.zhCN, ...tags.zhCN, ...passages.zhCN, ...timeline.zhCN, ...exporting.zhCN, ...sync.zhCN },
};
