/**
 * A question page whose answer is the article (知乎): the first answer's writer and day, not
 * the question's day; and a page whose question holds the text keeps its answers as replies.
 */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src-main/import/extract-html';

const ANSWER = [
  '老家是一个人口不到四十万的县城，四年前我辞掉省城的工作回去开了一家五十平米的书店，到今年总算没有再往里贴钱。',
  '从渠道这边看，县城书店最难的是拿货折扣，新书进货一般在六五折左右，卖不掉还能退，但周转慢，压在店里的都是钱。',
  '真正让书店活下来的是活动和社群：周末的绘本共读、每月一次的读书会、寒暑假的写作营，家长愿意为孩子的时间付费。',
  '如果你也想在县城开书店，我的建议是先别想着靠卖书赚钱，想清楚谁会每周来你店里三次，再决定房租能付多少。',
];

function questionPage(questionDetail: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>在小县城开一家独立书店，能活下去吗？ - 知乎</title></head><body>
<div class="QuestionPage" itemscope itemtype="http://schema.org/Question">
<meta itemprop="dateCreated" content="2019-02-26T14:07:51.000Z">
<h1 class="QuestionHeader-title">在小县城开一家独立书店，能活下去吗？</h1>
<div class="QuestionRichText">${questionDetail}</div>
<div class="List"><div class="ContentItem AnswerItem" itemprop="acceptedAnswer" itemscope itemtype="http://schema.org/Answer">
<div class="AuthorInfo" itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="林间小筑"><a class="UserLink-link" href="/people/lin">林间小筑</a></div>
<meta itemprop="dateCreated" content="2019-03-12T05:45:30.000Z">
<div class="RichContent-inner">${[...ANSWER, ...ANSWER.map((p) => `第二年：${p}`)].map((p) => `<p>${p}</p>`).join('')}</div>
</div></div></div></body></html>`;
}

describe('a question page', () => {
  it('whose question says little: the first answer’s writer and day are the article’s', () => {
    const article = extractHtml(questionPage('想回老家开书店，不知道能不能维持下去。'), {
      fileName: 'a.html',
    });
    expect(article.byline).toBe('林间小筑');
    expect(article.publishedAt).toBe('2019-03-12');
  });

  it('whose question holds as much text as the answer: the answer is a reply, the question’s day stands', () => {
    const long = [...ANSWER, ...ANSWER, ...ANSWER].map((p) => `我的情况是这样：${p}`).join('');
    const article = extractHtml(questionPage(long), { fileName: 'a.html' });
    expect(article.publishedAt).toBe('2019-02-26');
    expect(article.byline).not.toBe('林间小筑');
  });
});
