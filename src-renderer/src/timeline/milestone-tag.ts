/**
 * The tag an accepted milestone gets, named in the interface language ("milestone", "里程碑"),
 * and the tag the timeline shows first: the language's own name when the library uses it, else
 * the other language's name when only that one is in use (a library started in English keeps
 * its timeline after a switch to Chinese).
 */
import type { UiLanguage } from '../i18n';

export const MILESTONE_TAGS: Record<UiLanguage, string> = { en: 'milestone', 'zh-CN': '里程碑' };

export function milestoneTag(language: UiLanguage): string {
  return MILESTONE_TAGS[language];
}

export function defaultTimelineTag(language: UiLanguage, tagNames: readonly string[]): string {
  const own = MILESTONE_TAGS[language];
  const used = new Set(tagNames.map((name) => name.split('/')[0].toLowerCase()));
  if (used.has(own.toLowerCase())) return own;
  return Object.values(MILESTONE_TAGS).find((name) => used.has(name.toLowerCase())) ?? own;
}
