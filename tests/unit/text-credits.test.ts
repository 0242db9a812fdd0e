/**
 * Credits read from a page saved as text: the reporters over a photo's taker credited under the
 * title, and no byline that is the publisher the <title> line and the copyright line both name.
 */
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../src-main/import/extract-text';

const PROSE = [
  '母亲的菜园在老屋后面，不大，一分来地，却一年四季没闲过。开春种豌豆和蚕豆，入夏是黄瓜、豇豆和茄子。',
  '每次回家，母亲总要领我去菜园转一圈，指着这垄那垄告诉我，哪棵是她新换的种，哪棵今年结得格外好。',
  '今年五一回去，蚕豆正好上市。母亲一早就下地摘了一篮，中午炒了一盘咸肉蚕豆，说是城里吃不到这个味道。',
];

describe('a page saved as text', () => {
  const PARAS = PROSE.map((p) => p.replace('母亲', '店主'));

  it('takes the reporters over a photo’s taker credited under the title', () => {
    const lines = [
      '武汉过早 热干面豆皮各有拥趸(图)_新浪美食_新浪网',
      '武汉过早 热干面豆皮各有拥趸(图)',
      '楚天都市报  2010年06月12日10:51  我要评论',
      '户部巷的热干面摊位前排起了长队 记者刘畅摄',
      `本报讯（记者周敏 实习生陈曦）${PARAS[0]}`,
      ...PARAS.slice(1),
    ];
    expect(extractPlainText(lines.join('\n\n'), { fileName: 'a.txt' }).byline).toBe('周敏 陈曦');
  });

  it('gives no byline that is the publisher the <title> and the copyright line both name', () => {
    const lines = [
      '欧盟数据保护新规周五生效 - 国际 - RFI',
      '欧盟数据保护新规周五生效',
      '发表时间：2018-05-24 12:35',
      '作者 RFI',
      ...PARAS,
      '© 2018 RFI 法国国际广播电台 版权所有',
    ];
    expect(extractPlainText(lines.join('\n\n'), { fileName: 'a.txt' }).byline).toBeNull();
  });

  it('keeps a personal site’s owner, whom the <title> and the copyright line both name', () => {
    const lines = ['Notes on Tea - Jane Doe', 'Notes on Tea', 'By Jane Doe', 'March 3, 2023', ...PROSE];
    const text = [...lines, '© 2023 Jane Doe. All rights reserved.'].join('\n\n');
    expect(extractPlainText(text, { fileName: 'a.txt' }).byline).toBe('Jane Doe');
  });
});
