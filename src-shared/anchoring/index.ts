/**
 * Highlight anchoring: describe a selection of an article's canonical text as selectors, and
 * place stored selectors back in a (possibly changed) text.
 */
export { describeRange, CONTEXT_LENGTH, type RangeSelectors } from './describe';
export {
  anchor,
  type AnchorMethod,
  type AnchorOptions,
  type AnchorResult,
  type AnchorSelectors,
} from './anchor';
export { anchorAll, type AnchorAllResult, type AnchorableHighlight } from './anchor-all';
