/**
 * UI strings of the feature areas, each in its own file (`{ en, zhCN }` with the same keys), so
 * features add their words without touching the core dictionaries. A new feature adds one
 * import line and one line in each dictionary below.
 */
import * as highlights from './highlights';
import * as tags from './tags';
import * as passages from './passages';
import * as timeline from './timeline';
import * as exporting from './exporting';
import * as sync from './sync';
import * as reading from './reading';
import * as search from './search';
import * as articleInfo from './article-info';
import * as reliability from './reliability';
import * as documents from './documents';
import * as database from './database';
import * as libraryMove from './library-move';

export const FEATURE_DICTIONARIES = {
  en: {
    ...highlights.en,
    ...tags.en,
    ...passages.en,
    ...timeline.en,
    ...exporting.en,
    ...reading.en,
    ...search.en,
    ...articleInfo.en,
    ...reliability.en,
    ...documents.en,
    ...sync.en,
    ...database.en,
    ...libraryMove.en,
  },
  zhCN: {
    ...highlights.zhCN,
    ...tags.zhCN,
    ...passages.zhCN,
    ...timeline.zhCN,
    ...exporting.zhCN,
    ...reading.zhCN,
    ...search.zhCN,
    ...articleInfo.zhCN,
    ...reliability.zhCN,
    ...documents.zhCN,
    ...sync.zhCN,
    ...database.zhCN,
    ...libraryMove.zhCN,
  },
};
