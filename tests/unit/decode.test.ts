/**
 * Decoding: byte order marks, strict UTF-8, HTML charset declarations that tell the truth or
 * lie, the guess among legacy CJK and Western encodings (bytes made with iconv-lite), invalid
 * sequences counted, and every real page of the cwced corpus read right.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { canonicalEncoding, decodeBytes, declaredCharset } from '../../src-main/import/decode';
import { ImportRefusal } from '../../src-main/import/types';

const encode = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const SIMPLIFIED =
  '深圳市对口帮扶毕节工作已经启动。二十年来，深圳市累计投入各类帮扶资金达五亿多元，解决了贫困群众居住环境差、交通不便、饮水困难等问题。';
const TRADITIONAL =
  '我們家附近有一間開了三十多年的麵店，老闆每天清晨四點就起來熬湯。他說，好的湯頭沒有捷徑，只能靠時間慢慢燉出來。';
const JAPANESE =
  '私の祖母は毎朝早く起きて、庭の花に水をやります。季節ごとに違う花が咲くので、近所の人たちもよく見に来ます。';
const KOREAN =
  '우리 할머니는 매일 아침 일찍 일어나서 마당에 있는 꽃에 물을 주십니다. 계절마다 다른 꽃이 피기 때문에 이웃 사람들도 자주 구경하러 옵니다.';
const FRENCH =
  'Le conseil municipal a décidé mercredi de réduire le prix des transports en commun. « C’est une étape décisive », a déclaré la maire.';
const ENGLISH =
  'The café reopened on Monday — “we kept the old piano,” said the owner, who’s serving crêpes now.';

describe('byte order marks and UTF-8', () => {
  it('reads a UTF-8 BOM and drops it', () => {
    const d = decodeBytes(concat(Uint8Array.of(0xef, 0xbb, 0xbf), encode(SIMPLIFIED, 'utf-8')));
    expect(d).toEqual({ text: SIMPLIFIED, encoding: 'utf-8', source: 'bom', replaced: 0 });
  });

  it('reads UTF-16LE and UTF-16BE BOMs', () => {
    const le = decodeBytes(concat(Uint8Array.of(0xff, 0xfe), encode(TRADITIONAL, 'utf-16le')));
    expect(le).toMatchObject({ text: TRADITIONAL, encoding: 'utf-16le', source: 'bom' });
    const be = decodeBytes(concat(Uint8Array.of(0xfe, 0xff), encode(KOREAN, 'utf-16be')));
    expect(be).toMatchObject({ text: KOREAN, encoding: 'utf-16be', source: 'bom' });
  });

  it('takes valid UTF-8 and pure ASCII as UTF-8', () => {
    expect(decodeBytes(encode(JAPANESE, 'utf-8'))).toEqual({
      text: JAPANESE,
      encoding: 'utf-8',
      source: 'utf-8',
      replaced: 0,
    });
    expect(decodeBytes(encode('plain ASCII\n', 'utf-8'))).toMatchObject({
      encoding: 'utf-8',
      source: 'utf-8',
    });
  });
});

describe('guessing a legacy encoding', () => {
  const cases: [string, string, string, string][] = [
    ['GBK', SIMPLIFIED, 'gbk', 'gb18030'],
    ['GB18030 four-byte characters', SIMPLIFIED + '㐀€', 'gb18030', 'gb18030'],
    ['Big5', TRADITIONAL, 'big5', 'big5'],
    ['Shift_JIS', JAPANESE, 'shift_jis', 'shift_jis'],
    ['EUC-JP', JAPANESE, 'euc-jp', 'euc-jp'],
    ['EUC-KR', KOREAN, 'euc-kr', 'euc-kr'],
    ['windows-1252 (French)', FRENCH, 'windows-1252', 'windows-1252'],
    ['windows-1252 (English with curly quotes)', ENGLISH, 'windows-1252', 'windows-1252'],
    ['UTF-16LE without a BOM', `${SIMPLIFIED}\r\n${SIMPLIFIED}\r\n2022`, 'utf-16le', 'utf-16le'],
    ['UTF-16BE without a BOM', `${TRADITIONAL}\n${TRADITIONAL}\n2022`, 'utf-16be', 'utf-16be'],
  ];
  for (const [name, text, made, expected] of cases) {
    it(`reads ${name}`, () => {
      const d = decodeBytes(encode(text, made));
      expect(d).toEqual({ text, encoding: expected, source: 'detected', replaced: 0 });
    });
  }

  it('reads a single short sentence of each script', () => {
    expect(decodeBytes(encode('今天的会议在北京举行。', 'gbk')).encoding).toBe('gb18030');
    expect(decodeBytes(encode('今天的會議在臺北舉行。', 'big5')).encoding).toBe('big5');
    expect(decodeBytes(encode('今日は雨が降っています。', 'shift_jis')).encoding).toBe('shift_jis');
    expect(decodeBytes(encode('오늘은 비가 옵니다.', 'euc-kr')).encoding).toBe('euc-kr');
    expect(decodeBytes(encode('It’s done.', 'windows-1252')).text).toBe('It’s done.');
  });

  it('does not pair a curly quote with the next ASCII letter into a kanji', () => {
    // ’s and “W are valid Shift_JIS pairs (痴, 展): lone high bytes among ASCII are Western.
    for (const text of ['It’s a day. I’m in.', 'She said: “I just do.”', 'Then. “We know.”']) {
      expect(decodeBytes(encode(text, 'windows-1252'))).toMatchObject({ text, encoding: 'windows-1252' });
    }
  });
});

describe('HTML charset declarations', () => {
  const page = (charset: string, body: string) =>
    `<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>t</title></head><body><p>${body}</p></body></html>`;

  it('finds <meta charset> and the http-equiv form, GB2312 and GBK meaning GB18030', () => {
    expect(declaredCharset(encode('<html><head><meta charset="GB2312">', 'utf-8'))).toBe('gb18030');
    expect(declaredCharset(encode(page('gbk', ''), 'utf-8'))).toBe('gb18030');
    expect(declaredCharset(encode('<meta charset=big5>', 'utf-8'))).toBe('big5');
    expect(declaredCharset(encode('<meta charset="no-such-thing">', 'utf-8'))).toBeNull();
  });

  it('follows an honest declaration', () => {
    const d = decodeBytes(encode(page('gb2312', SIMPLIFIED), 'gbk'), { html: true });
    expect(d).toMatchObject({ encoding: 'gb18030', source: 'meta', replaced: 0 });
    expect(d.text).toContain(SIMPLIFIED);
  });

  it('prefers valid UTF-8 to a page that claims GB2312', () => {
    const d = decodeBytes(encode(page('gb2312', SIMPLIFIED), 'utf-8'), { html: true });
    expect(d).toMatchObject({ encoding: 'utf-8', source: 'utf-8' });
    expect(d.text).toContain(SIMPLIFIED);
  });

  it('sees through a page that claims UTF-8 but is GBK', () => {
    const d = decodeBytes(encode(page('utf-8', SIMPLIFIED), 'gbk'), { html: true });
    expect(d).toMatchObject({ encoding: 'gb18030', source: 'detected', replaced: 0 });
    expect(d.text).toContain(SIMPLIFIED);
  });

  it('sees through a page that claims GB2312 but is Big5', () => {
    const d = decodeBytes(encode(page('gb2312', TRADITIONAL + TRADITIONAL), 'big5'), { html: true });
    expect(d).toMatchObject({ encoding: 'big5', source: 'detected' });
    expect(d.text).toContain(TRADITIONAL);
  });

  it('ignores a meta tag in a file that is not HTML', () => {
    const d = decodeBytes(encode(page('utf-8', SIMPLIFIED), 'gbk'), { html: false });
    expect(d.source).toBe('detected');
  });
});

describe('forced encodings and labels', () => {
  it('decodes with the encoding the person chose, GB2312 meaning GB18030', () => {
    const d = decodeBytes(encode(SIMPLIFIED, 'utf-8'), { forcedEncoding: 'GB2312' });
    expect(d.encoding).toBe('gb18030');
    expect(d.source).toBe('user');
    expect(d.text).not.toBe(SIMPLIFIED);
  });

  it('refuses an encoding it does not know with a sentence', () => {
    expect(() => decodeBytes(encode('x', 'utf-8'), { forcedEncoding: 'klingon-8' })).toThrow(ImportRefusal);
    expect(canonicalEncoding('x-gbk')).toBe('gb18030');
    expect(canonicalEncoding('latin1')).toBe('windows-1252');
    expect(canonicalEncoding('nope')).toBeNull();
  });
});

describe('invalid byte sequences', () => {
  it('keeps damaged UTF-8 as UTF-8 and counts each bad sequence', () => {
    const good = encode(SIMPLIFIED + SIMPLIFIED, 'utf-8');
    const bad = concat(
      good.subarray(0, 30),
      Uint8Array.of(0xff),
      good.subarray(30, 90),
      Uint8Array.of(0xc0, 0x20),
      good.subarray(90),
    );
    const d = decodeBytes(bad);
    expect(d.encoding).toBe('utf-8');
    expect(d.replaced).toBe(2);
    expect(d.text.replace(/\uFFFD/g, '').replace(' ', '')).toBe(SIMPLIFIED + SIMPLIFIED);
  });

  it('counts bytes GB18030 cannot read', () => {
    const bytes = concat(
      encode(SIMPLIFIED, 'gbk'),
      Uint8Array.of(0x81, 0x20, 0xff),
      encode(SIMPLIFIED, 'gbk'),
    );
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('gb18030');
    expect(d.replaced).toBe(2);
  });
});

const corpus = resolve(__dirname, '../..', '../shared/corpora/cwced-dev');
const haveCorpus = existsSync(resolve(corpus, 'original'));

describe.skipIf(!haveCorpus)('the cwced pages (real GB2312/GBK/UTF-8 pages)', () => {
  it('decodes every page so that its labelled main text is found in it', () => {
    const bigrams = (s: string) => {
      const t = s.replace(/\s+/g, '');
      return Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => t.slice(i, i + 2));
    };
    const wrong: string[] = [];
    const files = readdirSync(resolve(corpus, 'original')).filter((f) => f.endsWith('.html'));
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(resolve(corpus, 'original', file)));
      const cleaned = readFileSync(resolve(corpus, 'cleaned', file.replace(/\.html$/, '.txt')), 'utf8');
      for (const html of [true, false]) {
        const d = decodeBytes(bytes, { html });
        const text = d.text.replace(/\s+/g, '');
        const pairs = bigrams(cleaned);
        const found = pairs.filter((p) => text.includes(p)).length / pairs.length;
        if (found < 0.9 || d.replaced > 20)
          wrong.push(`${file} (html: ${html}): ${d.encoding}, ${found.toFixed(2)}`);
      }
    }
    expect(files.length).toBeGreaterThan(30);
    expect(wrong).toEqual([]);
  });
});
if (!haveCorpus) console.warn(`decode.test: ${corpus} is absent; the cwced corpus test is skipped.`);
