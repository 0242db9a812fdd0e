/**
 * A forum thread saved as HTML whose first post sits in the same markup as its replies (a
 * "replycont-text" box): the post is the article, not a reply, and the replies stay out. A
 * comment list under short lines on a page that is no thread stays a comment list, and an
 * opinion piece's "commentary" markup is no comment region.
 */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src-main/import/extract-html';
import { classifyBlocks } from '../../src-main/import/html/boilerplate';

const POST = [
  '上周五下午，我在市中心人民路一家药店门口停车，给发烧的老母亲买退烧药，前后不到五分钟。出来时，雨刮器下已经夹着一张罚单。',
  '说实话，违停是我不对，罚我认。但有几个问题，我憋了一个礼拜，还是想拿出来和大家说道说道，请各位网友评评理。',
  '第一，那段路的禁停标志在哪里？我回去专门找了一趟，标志牌立在路口往里七八十米的一棵梧桐树后面，叶子一长根本看不见。',
];
const REPLY = '标志藏在树后面这种事，我们那里也有。罚款成了创收，这才是根子上的问题。';

function floor(id: string, label: string, who: string, when: string, text: string): string {
  return `<div class="posts-item" id="${id}"><div class="posts-author"><a href="/u">${who}</a></div>
    <div class="posts-cont"><div class="posts-info"><span>${label}</span> <span class="name">${who}</span>
    <span class="posttime">发表于 ${when}</span></div>
    <div class="replycont-text">${text}</div></div></div>`;
}

function thread(): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>一张停车罚单背后 - 猫眼看人 - 某某社区</title></head>
  <body><div class="nav"><a href="/">首页</a> <a href="/b">猫眼看人</a></div>
  <div class="posts-title">一张停车罚单背后</div>
  ${floor('lz', '楼主', '江南布衣客', '2012/5/14 9:32:18', POST.join('<br /><br />'))}
  ${floor('r1', '1楼', '淡定的老茶客', '2012/5/14 10:05:21', REPLY)}
  <div class="footer">Copyright 2000-2012 版权所有</div></body></html>`;
}

describe('a thread whose first post is in reply markup', () => {
  it('keeps the first post as the article and leaves the replies out', () => {
    const article = extractHtml(thread(), { fileName: 'dispbbs.html' });
    const text = article.blocks.map((b) => b.text).join('\n');
    for (const paragraph of POST) expect(text).toContain(paragraph);
    expect(text).not.toContain(REPLY);
  });

  it('leaves a comment list under a poem of short lines a comment list, on a page with no post’s header', () => {
    const seg = (text: string, region: 'main' | 'comment') => ({
      text,
      region,
      kind: 'paragraph' as const,
      linkChars: 0,
    });
    const poem = ['床前明月光', '疑是地上霜', '举头望明月', '低头思故乡', '静夜思一首'].map((l) =>
      seg(l, 'main'),
    );
    const replies = [REPLY, `${REPLY}我也这么觉得。`].map((l) => seg(l, 'comment'));
    expect(classifyBlocks([...poem, ...replies], '静夜思').slice(-2)).toEqual(['comment', 'comment']);
    expect(classifyBlocks([...poem, ...replies], '静夜思', [], true).slice(-2)).toEqual([null, null]);
  });

  it('reads an opinion piece in "commentary" markup as the article, not as comments', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kommentar zu Siemens</title></head><body>
      <div class="sect sect_article news subjective commentary"><h1>Kommentar zu Siemens</h1>
      ${POST.map((p) => `<p>${p}</p>`).join('')}</div>
      <div class="sect_commentlinks"><div class="reply">${REPLY}</div></div></body></html>`;
    const text = extractHtml(page, { fileName: 'a.html' })
      .blocks.map((b) => b.text)
      .join('\n');
    expect(text).toContain(POST[1]);
    expect(text).not.toContain(REPLY);
  });
});
