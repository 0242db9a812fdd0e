/**
 * Bytes → text, and which encoding that was.
 *
 * Order of evidence: a byte order mark; strict UTF-8 (pure ASCII counts as UTF-8); for HTML, a
 * `<meta charset>` in the first 4 KB, but only when the bytes agree with it; otherwise a guess
 * among the encodings saved pages really use: GB18030 (which also reads GBK and GB2312), Big5,
 * Shift_JIS, EUC-JP, EUC-KR, UTF-16 without a mark, windows-1252.
 *
 * The guess decodes a sample with every candidate and scores how much of the result is text a
 * person of that script writes: the few hundred commonest characters of Simplified and
 * Traditional Chinese, kana and common kanji, common Hangul syllables, accented letters among
 * Latin letters. A wrong decoding of CJK bytes yields valid but rare characters or U+FFFD, so
 * the right candidate stands out. Measured: all 35 cwced pages (GB2312/GBK/UTF-8, with and
 * without their meta tags) and every synthetic sample of 20 characters or more in GBK, Big5,
 * Shift_JIS, EUC-JP, EUC-KR and windows-1252 (UTF-16 without a mark: from about 200 characters).
 * jschardet misread 2 of the 35 pages (cp850, koi8-u) and most short windows-1252 samples, so
 * Gloss does not use it.
 */
import { ImportRefusal, type DecodedText } from './types';

export interface DecodeOptions {
  /** Decode with this WHATWG label and nothing else ("Reopen with encoding…"). */
  forcedEncoding?: string;
  /** The bytes are HTML: a <meta charset> may name the encoding. */
  html?: boolean;
}

/** How much of a long file the guess looks at: enough text to be sure, little time. */
const SAMPLE_BYTES = 256 * 1024;
/** How far into an HTML file a charset declaration counts (the HTML spec prescans 1024). */
const META_SCAN_BYTES = 4096;

/**
 * The commonest characters by script. Frequency order, about the top 500 for Chinese: in real
 * text they make up most characters, while a wrong decoding lands on them only by chance.
 */
const COMMON_SIMPLIFIED =
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村策演简罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审坚善读超免压银买养乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付慢欧换闻危忙核暗介坏讨丽良序升监临亮露永呼味野架域沙掉括鱼杂误湾吉减编楚肯测败屋跑梦散温困渐封救贵缺楼县尚毫移朋画班智亦耳恩短掌恐遗固席松秘谢遇康虑幸均销钟诗藏赶剧票损忽巨旧端探湖录叶春乡附吸予礼港雨板庭妇归饭额含顺输招婚脱补谓督油疗旅泽材灭逐莫笔亡鲜词圣择寻厂';
const COMMON_TRADITIONAL =
  '的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡用道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心她本前開但因只從想實日軍者意無力它與長把機十民第公此已工使情明性知全三又關點正業外將兩高間由問很最重並物手應戰向頭文體政美相見被利什二等產或新己制身果加西斯月話合回特代內信表化老給世位次度門任常先海通教兒原東聲提立及比員解水名真論處走義各入幾口認條平系氣題活爾更別打女變四神總何電數安少報才結反受目太量再感建務做接必場件計管期市直德資命山金指克許統區保至隊形社便空決治展馬科司五基眼書非則聽白卻界達光放強即像難且權思王象完設式色路記南品住告類求據程北邊死張該交規萬取拉格望覺術領共確傳師觀清今切院讓識候帶導爭運笑飛風步改收根幹造言聯持組每濟車親極林服快辦議往元英士證近失轉夫令準布始怎呢存未遠叫台單影具羅字愛擊流備兵連調深商算質團集百需價花黨華城石級整府離況亞請技際約示復病息究線似官火斷精滿支視消越器容照須九增研寫稱企八功嗎包片史委乎查輕易早曾除農找裝廣顯吧阿李標談吃圖念六引歷首醫局突專費號盡另周較注語僅考落青隨選列武紅響雖推勢參希古眾構房半節土投某案黑維革劃敵致陳律足態護七興派孩驗責營星夠章音跟志底站嚴巴例防族供效續施留講型料終答緊黃絕奇察母京段依批群項故按河米圍江織害鬥雙境客紀採舉殺攻父蘇密低朝友訴止細願千值仍男錢破網熱助倒育屬坐帝限船臉職速刻樂否剛威毛狀率甚獨球般普怕彈校苦創假久錯承印晚蘭試股拿腦預誰益陽若哪微尼繼送急血驚傷素藥適波夜省初喜衛源食險待述陸習置居勞財環排福納歡雷警獲模充負雲停木游龍樹疑層冷洲衝射略範竟句室異激漢村策演簡罪判擔州靜退既衣您宗積餘痛檢差富靈協角佔配徵修皮揮勝降階審堅善讀超免壓銀買養亂抗犯追幫宣佛歲航優怪香田鐵控稅左右份穿藝背陣草腳概惡塊頓敢守酒島托央戶烈洋哥索胡款靠評版寶座釋景顧弟登貨互付慢歐換聞危忙核暗介壞討麗良序升監臨亮露永呼味野架域沙掉括魚雜誤灣吉減編楚肯測敗屋跑夢散溫困漸封救貴缺樓縣尚毫移朋畫班智亦耳恩短掌恐遺固席松祕謝遇康慮幸均銷鐘詩藏趕劇票損忽巨舊端探湖錄葉春鄉附吸予禮港雨板庭婦歸飯額含順輸招婚脫補謂督油療旅澤材滅逐莫筆亡鮮詞聖擇尋廠';
const COMMON_KANJI =
  '日一国人年大十二本中長出三同時政事自行社見月分議後前民生連五発間対上部東者党地合市業内相方四定今回新場金員九入選立開手米力学問高代明実円関決子動京全目表戦経通外最言氏現理調体化田当八六約主題下首意法不来作性的要用制治度務強気小七成期公持野協取都和統以機平総加山思家話世受区領多県続進正安設保改数記院女初北午指権心界支第産結百派点教報済書府活原先共得解名交資予川向際査勝面委告軍文反元重近千考判認画海参売利組知案道信策集在件団別物側任引使求所次水半品昨論計死官増係感特情投示変打男基私各始島直両朝革価式確村提運終挙果西勢減台広容必応演電歳住争談能無再位置企真流格有疑口過局少放税検藤町常校料沢裁状工建語球営空職証土与急止送援供可役構木割聞身費付施切由説転食比難防補車優夫研収断井何南石足違消境神番規術護展態導鮮備宅害配副算視条幹独警宮究育席輸訪楽起万着乗店述残想線率病農州武声質念待試族象銀域助労例衛然早張映限親額監環験追審商葉義伝働形景落欧担好退準賞訴辺造英被株頭技低毎医復仕去姿味負閣韓渡失移差衆個門写評課末守若脳極種美岡影命含福蔵量望松非撃佐核観察整段横融型白深字答夜製票況音申様財港識注呼渉達';
const COMMON_HANGUL =
  '이다의는에을하고가지기로서한사인대있리자를으수어나도정시아일적해국부들게면주상전보과여소와라구제장경만성문연공동우조치비내것방화그관신행원무미생중발마회위했진세당선터할업실물교계체된거요후람때까운야저말또되며설명통분식건현함력개단차선금영분야반결음간북산히양속민권청강운월년년달날';
const CJK_PUNCTUATION = '，。、：；？！“”‘’《》（）「」『』…—';

const SIMPLIFIED = new Set(COMMON_SIMPLIFIED + CJK_PUNCTUATION);
const TRADITIONAL = new Set(COMMON_TRADITIONAL + CJK_PUNCTUATION);
const KANJI = new Set(COMMON_KANJI + CJK_PUNCTUATION + '・ー');
const HANGUL = new Set(COMMON_HANGUL);

/** Credit (in bytes of evidence) a character gives to the candidate that produced it. */
type CharCredit = (ch: string, prev: string, next: string) => number;

const utf8Length = (ch: string) => {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};
const isKana = (code: number) => (code >= 0x3041 && code <= 0x30ff) || code === 0x30fc;

interface Candidate {
  encoding: string;
  /** A double-byte CJK encoding: a high byte alone between ASCII bytes is unlike its text. */
  doubleByte: boolean;
  credit: CharCredit;
}

const isLetter = (c: string) => /^[A-Za-z\u00c0-\u024f]$/.test(c);

const CANDIDATES: Candidate[] = [
  // Listed in order of preference when scores tie: Gloss's readers mostly save Chinese pages.
  // UTF-8 with a few damaged bytes (a cut download) fails the strict check but still reads as
  // UTF-8: every valid multi-byte character is evidence, as legacy bytes almost never form one.
  { encoding: 'utf-8', doubleByte: false, credit: (ch) => utf8Length(ch) },
  { encoding: 'gb18030', doubleByte: true, credit: (ch) => (SIMPLIFIED.has(ch) ? 2 : 0) },
  { encoding: 'big5', doubleByte: true, credit: (ch) => (TRADITIONAL.has(ch) ? 2 : 0) },
  {
    encoding: 'shift_jis',
    doubleByte: true,
    credit: (ch) => (isKana(ch.charCodeAt(0)) || KANJI.has(ch) ? 2 : 0),
  },
  {
    encoding: 'euc-jp',
    doubleByte: true,
    credit: (ch) => (isKana(ch.charCodeAt(0)) || KANJI.has(ch) ? 2 : 0),
  },
  { encoding: 'euc-kr', doubleByte: true, credit: (ch) => (HANGUL.has(ch) ? 2 : 0) },
  {
    encoding: 'windows-1252',
    doubleByte: false,
    // Western text has an accented letter or a typographic mark next to letters, spaces or
    // punctuation; CJK bytes read as windows-1252 come out as runs of symbols.
    credit: (ch, prev, next) => {
      if (!WESTERN.test(ch)) return 0;
      const side = (c: string) => c === '' || isLetter(c) || /[\s\d.,;:!?'"()\u2018-\u201d]/.test(c);
      return side(prev) && side(next) ? 1 : 0;
    },
  },
];

const WESTERN =
  /[\u00c0-\u00ff\u00ab\u00bb\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013\u2014\u2018-\u201e\u2022\u2026\u20ac]/;

/** Decoding a U+FFFD costs this many bytes of evidence: invalid bytes mean a wrong guess. */
const REPLACEMENT_PENALTY = 4;

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  if (options.forcedEncoding)
    return decodeWith(bytes, canonicalEncoding(options.forcedEncoding, true), 'user');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return decodeWith(bytes.subarray(3), 'utf-8', 'bom');
  // UTF-32's marks start like UTF-16's: they are checked first.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0)
    return decodeWith(bytes.subarray(4), 'utf-32le', 'bom');
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)
    return decodeWith(bytes.subarray(4), 'utf-32be', 'bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes.subarray(2), 'utf-16le', 'bom');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes.subarray(2), 'utf-16be', 'bom');

  const utf32 = utf32WithoutBom(bytes);
  if (utf32) return decodeWith(bytes, utf32, 'detected');
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decodeWith(bytes, utf16, 'detected');

  const strict = strictUtf8(bytes);
  if (strict !== null) return { text: strict, encoding: 'utf-8', source: 'utf-8', replaced: 0 };
  // Mostly valid UTF-8 with a few damaged bytes: UTF-8 with a few U+FFFD reads right, where a
  // legacy encoding would turn every character into mojibake.
  if (validUtf8Share(bytes.subarray(0, SAMPLE_BYTES)) >= MOSTLY_UTF8)
    return decodeWith(bytes, 'utf-8', 'detected');

  const guess = guessEncoding(bytes);
  refuseUnreadable(bytes, guess.score);
  if (options.html) {
    const declared = declaredCharset(bytes);
    // A page declaring UTF-8 whose bytes are not UTF-8, or declaring GB2312 whose bytes are
    // Big5, lies: believe the declaration only when its decoding reads at least about as well
    // as the best guess.
    if (
      declared &&
      (declared === guess.encoding || scoreSample(takeSample(bytes), declared) >= guess.score - 0.25)
    ) {
      return decodeWith(bytes, declared, 'meta');
    }
  }
  return decodeWith(bytes, guess.encoding, 'detected');
}

/**
 * A WHATWG encoding name for a label, with GB2312/GBK read as GB18030 (its superset: pages
 * labelled GB2312 routinely use GBK characters). Unknown labels: null, or a refusal when the
 * person asked for that encoding by name.
 */
export function canonicalEncoding(label: string, refuseUnknown: true): string;
export function canonicalEncoding(label: string, refuseUnknown?: false): string | null;
export function canonicalEncoding(label: string, refuseUnknown = false): string | null {
  let encoding: string;
  const utf32 = /^(?:utf-?32|ucs-?4)(le|be)?$/i.exec(label.trim());
  if (utf32) return utf32[1]?.toLowerCase() === 'be' ? 'utf-32be' : 'utf-32le';
  try {
    encoding = new TextDecoder(label.trim()).encoding;
  } catch {
    if (refuseUnknown)
      throw new ImportRefusal(`Gloss does not know the text encoding “${label}”.`, 'unknown-encoding', label);
    return null;
  }
  return encoding === 'gbk' ? 'gb18030' : encoding;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeWith(bytes: Uint8Array, encoding: string, source: DecodedText['source']): DecodedText {
  const text = decodeText(bytes, encoding);
  return { text, encoding, source, replaced: countReplacements(text) };
}

/** windows-1252's 0x80–0x9F, which Node's TextDecoder reads as C1 controls (ISO-8859-1). */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Share of non-ASCII bytes in valid UTF-8 sequences above which the bytes are UTF-8. */
const MOSTLY_UTF8 = 0.6;

/**
 * How many of the non-ASCII bytes form valid UTF-8 sequences (0 when there are none). Legacy
 * double-byte text forms a valid sequence now and then by chance (about one character in five
 * for GBK); Western single-byte text almost never.
 */
export function validUtf8Share(bytes: Uint8Array): number {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i];
    if (lead < 0x80) continue;
    const length =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid += length;
      i += length - 1;
    } else invalid++;
  }
  return valid + invalid === 0 ? 0 : valid / (valid + invalid);
}

/**
 * UTF-32 without a mark: in four-byte groups, the top byte is always 0 and the next nearly
 * always (every character below U+10000 but for rare supplementary ones).
 */
export function utf32WithoutBom(bytes: Uint8Array): 'utf-32le' | 'utf-32be' | null {
  const groups = Math.floor(Math.min(bytes.length, SAMPLE_BYTES) / 4);
  if (groups < 2 || bytes.length % 4 !== 0) return null;
  let le = 0;
  let be = 0;
  for (let g = 0; g < groups; g++) {
    const i = g * 4;
    if (bytes[i + 3] === 0 && bytes[i + 2] <= 0x10 && (bytes[i] | bytes[i + 1]) !== 0) le++;
    if (bytes[i] === 0 && bytes[i + 1] <= 0x10 && (bytes[i + 2] | bytes[i + 3]) !== 0) be++;
  }
  if (le >= groups * 0.95) return 'utf-32le';
  if (be >= groups * 0.95) return 'utf-32be';
  return null;
}

/** UTF-32, which TextDecoder does not know: code points out of range become U+FFFD. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const code = view.getUint32(i, littleEndian);
    chunk.push(code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? 0xfffd : code);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  if (bytes.length % 4 !== 0) chunk.push(0xfffd);
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/** TextDecoder, except that windows-1252 gets its real 0x80–0x9F (curly quotes, dashes, €). */
export function decodeText(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(bytes, encoding === 'utf-32le');
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function countReplacements(text: string): number {
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  return replaced;
}

/**
 * UTF-16 without a byte order mark. Legacy 8-bit text never holds NUL bytes, UTF-16 nearly
 * always does (ASCII, line breaks, and CJK characters like 一 U+4E00 leave one), but which
 * half of a pair holds them says little for CJK text: decode both ways and keep the one that
 * reads as text. UTF-16 text with no NUL byte at all is not recognised.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES) & ~1);
  let nuls = 0;
  for (const b of sample) if (b === 0) nuls++;
  if (nuls < 2 || nuls < sample.length / 1000) return null;
  let best: { encoding: 'utf-16le' | 'utf-16be'; score: number } | null = null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    let credit = 0;
    for (const ch of decodeText(sample, encoding))
      credit += readsAsUtf16Text(ch) ? 2 : ch === '\uFFFD' ? -REPLACEMENT_PENALTY : 0;
    const score = credit / sample.length;
    if (!best || score > best.score) best = { encoding, score };
  }
  return best && best.score > 0.5 ? best.encoding : null;
}

function readsAsUtf16Text(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
  if (code >= 0xa0 && code <= 0x24f) return true; // Latin letters with accents
  return SIMPLIFIED.has(ch) || TRADITIONAL.has(ch) || KANJI.has(ch) || HANGUL.has(ch) || isKana(code);
}

/**
 * The charset an HTML file declares: `<meta charset="…">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=…">`, in its first 4 KB.
 * A UTF-16 label in ASCII-compatible bytes means UTF-8, as in the HTML spec.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, META_SCAN_BYTES));
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = meta[0];
    const label =
      /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag)?.[1] ??
      (/http-equiv\s*=\s*["']?content-type/i.test(tag) ? /charset=([\w.:-]+)/i.exec(tag)?.[1] : undefined);
    if (!label) continue;
    const encoding = canonicalEncoding(label);
    if (!encoding) continue;
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  }
  return null;
}

interface Sample {
  bytes: Uint8Array;
  /** The sample stops inside the file: its last character may be cut. */
  cut: boolean;
  nonAscii: number;
  /** High bytes with ASCII on both sides: Western accents, never CJK pairs. */
  isolated: number;
}

function takeSample(bytes: Uint8Array): Sample {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let nonAscii = 0;
  let isolated = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] < 0x80) continue;
    nonAscii++;
    if ((i === 0 || sample[i - 1] < 0x80) && (i + 1 >= sample.length || sample[i + 1] < 0x80)) isolated++;
  }
  return { bytes: sample, cut: sample.length < bytes.length, nonAscii, isolated };
}

/** How well `encoding` reads a sample: credit per non-ASCII byte, at most about 1. */
function scoreSample(sample: Sample, encoding: string): number {
  if (sample.nonAscii === 0) return 0;
  const candidate = CANDIDATES.find((c) => c.encoding === encoding);
  const text = decodeText(sample.bytes, encoding);
  // An encoding the guess does not weigh (a rare declared one) is judged by its errors alone.
  if (!candidate) return 1 - (REPLACEMENT_PENALTY * countReplacements(text)) / sample.nonAscii;
  let credit = 0;
  const chars = Array.from(text);
  const end = sample.cut ? chars.length - 1 : chars.length;
  for (let i = 0; i < end; i++) {
    const ch = chars[i];
    if (ch.charCodeAt(0) < 0x80) continue;
    if (ch === '\uFFFD') credit -= REPLACEMENT_PENALTY;
    else credit += candidate.credit(ch, chars[i - 1] ?? '', chars[i + 1] ?? '');
  }
  const score = credit / sample.nonAscii;
  // In CJK text every character is a pair of high bytes or a high byte and an ASCII one that
  // sits among other pairs; "it’s" read as Shift_JIS pairs ’ with s into a kanji.
  return candidate.doubleByte && score > 0 ? score * (1 - sample.isolated / sample.nonAscii) : score;
}

/**
 * Bytes mostly above ASCII that no candidate reads as any script's text (a few accidental
 * dashes and accents at most) are no text at all:
 * refused with a sentence rather than imported as a page of symbols.
 */
function refuseUnreadable(bytes: Uint8Array, bestScore: number): void {
  // Real text scores about 0.5 to 1; a stray accent or dash in noise scores a few hundredths.
  if (bestScore > 0.1) return;
  const sample = takeSample(bytes);
  const share = sample.nonAscii / Math.max(1, sample.bytes.length);
  if (share < 0.3) return;
  const percent = Math.round(share * 100);
  throw new ImportRefusal(
    `This file does not read as text: ${percent}% of its bytes read as no script in any ` +
      'encoding Gloss knows. If it is text in another encoding, save it as UTF-8 and import it again.',
    'not-text',
    String(percent),
  );
}

/** The best-reading candidate for bytes that are not UTF-8. */
export function guessEncoding(bytes: Uint8Array): { encoding: string; score: number } {
  const sample = takeSample(bytes);
  let best = { encoding: '', score: -Infinity };
  for (const { encoding } of CANDIDATES) {
    const score = scoreSample(sample, encoding);
    if (score > best.score) best = { encoding, score };
  }
  // Nothing reads as text (a handful of stray bytes, symbols only): GB18030 if it decodes
  // cleanly, else windows-1252, which decodes every byte.
  if (best.score <= 0) {
    const gb = decodeText(bytes.subarray(0, SAMPLE_BYTES), 'gb18030');
    return { encoding: countReplacements(gb) === 0 ? 'gb18030' : 'windows-1252', score: best.score };
  }
  return best;
}
