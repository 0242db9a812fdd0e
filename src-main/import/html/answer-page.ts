/**
 * A question page whose answer is the article (知乎, Quora): schema.org marks the page a
 * `Question` and each answer an `Answer`. Elsewhere an answer is a reader's reply, as a comment
 * is; here the question states little of its own and the first answer holds twice as much
 * text at least, so that answer's writer and day are the article's.
 */
import type { DomDocument, DomElement } from './dom';

/** The most text a question may hold of its own (its detail, topics, buttons), in characters. */
const QUESTION_TEXT_MAX = 600;
/** The least text the leading answer must hold, in characters, and twice the question's own. */
const ANSWER_TEXT_MIN = 400;

const length = (element: DomElement) => (element.textContent ?? '').replace(/\s+/g, '').length;

/** The first answer of a question page whose answer is the article, or null. */
export function leadingAnswer(document: DomDocument): DomElement | null {
  const question = document.querySelector('[itemtype*="schema.org/Question"]');
  if (!question) return null;
  const answers = Array.from(question.querySelectorAll('[itemtype*="schema.org/Answer"]'));
  if (answers.length === 0) return null;
  // (Answers nested in answers are counted once, through the outer one.)
  const outer = answers.filter((a) => !answers.some((b) => b !== a && isInside(a, b)));
  const own = length(question) - outer.reduce((sum, answer) => sum + length(answer), 0);
  const answer = length(outer[0]);
  return own <= QUESTION_TEXT_MAX && answer >= Math.max(ANSWER_TEXT_MIN, 2 * own) ? outer[0] : null;
}

function isInside(element: DomElement, container: DomElement): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) if (node === container) return true;
  return false;
}
