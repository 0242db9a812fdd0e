/**
 * Milestones: dates written in article text, and the date values a timeline orders.
 */
export { findDatedPassages, type DatedPassage } from './find-dates';
export { findDateExpressions } from './date-expressions';
export { normalizeDate } from './normalize-date';
export {
  compareDates,
  formatDate,
  isDateValue,
  isPlausibleYear,
  precisionOf,
  MIN_YEAR,
  MAX_YEAR,
  type DateExpression,
  type DateValue,
} from './date-values';
export { MAX_PASSAGE_LENGTH } from './passages';
