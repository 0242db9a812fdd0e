/** UI strings for the timeline area, English and Simplified Chinese (same keys). */
export const en = {
  'timeline.title': 'Timeline',
  'timeline.list': 'Timeline',
  'timeline.tag': 'Timeline tag',
  'timeline.alsoTag': 'Also tagged',
  'timeline.articleTag': 'Article tag',
  'timeline.anyTag': 'Any',
  'timeline.count': '{count} passages',
  'timeline.undated': 'Undated',
  'timeline.undatedHint':
    'Tagged “{tag}” without a date: give the highlight a date to place it on the timeline.',
  'timeline.empty.title': 'Nothing on the timeline yet',
  'timeline.empty.body':
    'Tag highlights “{tag}” and give them a date: they appear here in date order, grouped by year.',
  'timeline.noMatch': 'Nothing on the timeline matches these filters.',
  'timeline.open': 'Open',
  'timeline.openLabel': 'Open the passage in “{title}”',
  'timeline.untitled': 'Untitled article',
} as const;

export const zhCN: Record<keyof typeof en, string> = {
  'timeline.title': '时间线',
  'timeline.list': '时间线',
  'timeline.tag': '时间线标签',
  'timeline.alsoTag': '同时带有标签',
  'timeline.articleTag': '文章标签',
  'timeline.anyTag': '不限',
  'timeline.count': '{count} 条摘录',
  'timeline.undated': '无日期',
  'timeline.undatedHint': '带有“{tag}”标签但没有日期：为标注设置日期后，它会出现在时间线上。',
  'timeline.empty.title': '时间线上还没有内容',
  'timeline.empty.body': '给标注加上“{tag}”标签并设置日期，它们会按日期顺序、按年份分组显示在这里。',
  'timeline.noMatch': '没有符合筛选条件的时间线条目。',
  'timeline.open': '打开',
  'timeline.openLabel': '在《{title}》中打开这条摘录',
  'timeline.untitled': '无标题文章',
};
