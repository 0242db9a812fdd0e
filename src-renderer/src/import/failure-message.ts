/**
 * An import failure in the interface's language: the main process names what went wrong (a
 * kind, with a size, file type or encoding as its detail) and the window says it in English or
 * Chinese. A failure without a kind keeps the main process's English sentence.
 */
import type { ImportFailure, ImportFailureKind } from '../../../src-main/ipc/contract';
import type { MessageKey, Translate } from '../i18n';

export function failureMessage(
  failure: Pick<ImportFailure, 'reason' | 'kind' | 'detail'>,
  t: Translate,
): string {
  if (!failure.kind) return failure.reason;
  const key = `importError.${failure.kind}` satisfies `importError.${ImportFailureKind}`;
  return t(key as MessageKey, { detail: failure.detail ?? '' });
}
