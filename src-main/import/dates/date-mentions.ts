/**
 * Every full date (year, month and day) written in a piece of text, in the forms pages use in
 * many languages: 2022年1月17日, 2022-01-17, 2022/1/17, 17.01.2022, 29. Juni 2017,
 * 13 juin 2019, 13 de junio de 2019, Jan 17, 2022, 15 августа 2016, 2022년 1월 17일, slash
 * dates with the year last read in the order their numbers decide (published-date.ts), and
 * full-width digits and Chinese numerals (二〇一二年三月四日, date-forms.ts).
 * Each mention keeps where it stands, so callers can weigh it by its context.
 */
import { findSlashDate } from '../published-date';
import { CHINESE_NUMERAL_DATE, asciiDateText, readChineseNumeralDate } from './date-forms';

export interface DateMention {
  /** `YYYY-MM-DD`. */
  day: string;
  index: number;
  length: number;
}

const MONTH_NAMES: Record<string, number> = {};
const NAMES: [number, string[]][] = [
  [
    1,
    [
      'january',
      'jan',
      'januar',
      'jänner',
      'jaenner',
      'janvier',
      'janv',
      'enero',
      'ene',
      'gennaio',
      'gen',
      'januari',
      'janeiro',
      'января',
      'январь',
      'січня',
      'styczeń',
      'stycznia',
    ],
  ],
  [
    2,
    [
      'february',
      'feb',
      'febr',
      'februar',
      'février',
      'fevrier',
      'févr',
      'fevr',
      'febrero',
      'febbraio',
      'februari',
      'fevereiro',
      'февраля',
      'февраль',
      'лютого',
      'lutego',
    ],
  ],
  [
    3,
    [
      'march',
      'mar',
      'märz',
      'maerz',
      'mär',
      'mars',
      'marzo',
      'maart',
      'março',
      'marco',
      'марта',
      'март',
      'березня',
      'marca',
    ],
  ],
  [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'апреля', 'апрель', 'квітня', 'kwietnia']],
  [5, ['may', 'mai', 'mayo', 'maggio', 'mag', 'mei', 'maio', 'мая', 'май', 'травня', 'maja']],
  [
    6,
    ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'июня', 'июнь', 'червня', 'czerwca'],
  ],
  [
    7,
    [
      'july',
      'jul',
      'juli',
      'juillet',
      'juil',
      'julio',
      'luglio',
      'lug',
      'julho',
      'июля',
      'июль',
      'липня',
      'lipca',
    ],
  ],
  [
    8,
    ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'августа', 'август', 'серпня', 'sierpnia'],
  ],
  [
    9,
    [
      'september',
      'sep',
      'sept',
      'septembre',
      'septiembre',
      'settembre',
      'set',
      'setembro',
      'сентября',
      'сентябрь',
      'вересня',
      'września',
    ],
  ],
  [
    10,
    [
      'october',
      'oct',
      'oktober',
      'okt',
      'octobre',
      'octubre',
      'ottobre',
      'ott',
      'outubro',
      'out',
      'октября',
      'октябрь',
      'жовтня',
      'października',
    ],
  ],
  [
    11,
    ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'ноября', 'ноябрь', 'листопада', 'listopada'],
  ],
  [
    12,
    [
      'december',
      'dec',
      'dezember',
      'dez',
      'décembre',
      'decembre',
      'déc',
      'diciembre',
      'dic',
      'dicembre',
      'dezembro',
      'декабря',
      'декабрь',
      'грудня',
      'grudnia',
    ],
  ],
];
for (const [month, names] of NAMES) for (const name of names) MONTH_NAMES[name] = month;

function monthOf(word: string): number | undefined {
  return MONTH_NAMES[word.toLowerCase().replace(/\.$/, '')];
}

export function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first and last years of the Republic of China's calendar read (1971 to 2110). */
const ROC_YEARS: [number, number] = [60, 199];

function rocDay(year: number, month: number, day: number): string | null {
  return year >= ROC_YEARS[0] && year <= ROC_YEARS[1] ? isoDay(year + 1911, month, day) : null;
}

/** A Chinese date's label, in Simplified and Traditional characters: 发布日期, 發布時間, 成文… */
const DATE_LABEL = '(?:日期|时间|時間|发布|發布|發佈|发表|發表|更新|公告|出版|刊登|成文)';

const WORD = '([A-Za-zÀ-ÿĀ-žА-Яа-яЁёІіЇїЄє]{3,12}\\.?)';
const ORDINAL = '(?:st|nd|rd|th|er|e|º|°)?';

interface Pattern {
  re: RegExp;
  read(m: RegExpExecArray): string | null;
}

const PATTERNS: Pattern[] = [
  {
    re: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号]?/g,
    read: (m) => isoDay(+m[1], +m[2], +m[3]),
  },
  {
    // "发布时间：2021-04-2117:05": a clock of two digits run into a day of two, two spans with
    // no space between (only with dashes: "2021.04.2112:00" is a version's number).
    re: /(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)|(?<![\d.])(\d{4})-(\d{1,2})-(\d{2})(?=\d{2}:\d{2}(?!\d))/g,
    read: (m) => (m[1] ? isoDay(+m[1], +m[2], +m[3]) : isoDay(+m[4], +m[5], +m[6])),
  },
  {
    // The Republic of China's years, as Taiwan writes dates (民國101年3月4日, 發布日期：101-03-04):
    // year 1 is 1912. A year of two or three digits with 民國 before it; one of three digits
    // alone only after a date's label, with a colon unless 年 follows ("日期 101年3月4日";
    // "建党100年7月1日", "版本 105.12.20", "编号 108-11-12" are none). 民国 and the labels as
    // the Simplified copy of a Traditional page writes them too.
    re: new RegExp(
      `民[國国]\\s*(\\d{2,3})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?|(?<=${DATE_LABEL}\\s*[:：]?\\s*)(\\d{3})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?|(?<=${DATE_LABEL}\\s*[:：]\\s*)(\\d{3})([-/.])(\\d{1,2})\\8(\\d{1,2})(?![\\d./-])`,
      'g',
    ),
    read: (m) => {
      const [year, month, day] = m[1] ? [m[1], m[2], m[3]] : m[4] ? [m[4], m[5], m[6]] : [m[7], m[9], m[10]];
      return rocDay(+year, +month, +day);
    },
  },
  {
    // "发布日期：12-03-04": a two-digit year first, only right after a Chinese date's label and
    // with dashes ("12.03.04" is read day first below; "12/03/04" is ambiguous).
    re: new RegExp(`(?<=${DATE_LABEL}\\s*[:：]\\s*)(\\d{2})(-)(\\d{1,2})\\2(\\d{1,2})(?![\\d./-])`, 'g'),
    read: (m) => isoDay(+m[1] + (+m[1] > 69 ? 1900 : 2000), +m[3], +m[4]),
  },
  { re: /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?![\d])/g, read: (m) => isoDay(+m[3], +m[2], +m[1]) },
  {
    // "28.01.22": a two-digit year, only with two-digit day and month, never part of a longer number.
    re: /(?<![\d.,])(\d{2})\.(\d{2})\.(\d{2})(?![\d.,])/g,
    read: (m) => isoDay(+m[3] + (+m[3] > 69 ? 1900 : 2000), +m[2], +m[1]),
  },
  {
    re: new RegExp(
      `(?<![\\d.])(\\d{1,2})${ORDINAL}\\.?\\s+(?:de\\s+)?${WORD},?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`,
      'g',
    ),
    read: (m) => {
      const month = monthOf(m[2]);
      return month ? isoDay(+m[3], month, +m[1]) : null;
    },
  },
  {
    re: new RegExp(`${WORD}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})(?!\\d)`, 'g'),
    read: (m) => {
      const month = monthOf(m[1]);
      return month ? isoDay(+m[3], month, +m[2]) : null;
    },
  },
  {
    re: /(?<![\d/])\d{1,2}\/\d{1,2}\/\d{4}(?![\d/])(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M\b)?/gi,
    read: (m) => findSlashDate(m[0]),
  },
  {
    re: CHINESE_NUMERAL_DATE,
    read: (m) => {
      const parts = readChineseNumeralDate(m);
      return parts && isoDay(...parts);
    },
  },
];

/** The full dates written in `text`, in order, each once. */
export function dateMentions(written: string): DateMention[] {
  // Full-width digits read as ASCII ones, at the same places.
  const text = asciiDateText(written);
  const found: DateMention[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const day = read(m);
      if (!day) continue;
      const overlaps = found.some((f) => m!.index < f.index + f.length && f.index < m!.index + m![0].length);
      if (!overlaps) found.push({ day, index: m.index, length: m[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * A day in a web address: /2019/10/19/, /2019-10-19-, _20191019, /20200428/, or a Chinese
 * site's /2020-02/19/. Null when the address holds no full day.
 */
export function dateInUrl(url: string): string | null {
  let path: string;
  try {
    const parsed = new URL(url);
    path = parsed.pathname + parsed.search;
  } catch {
    return null;
  }
  // An archive's own timestamp is the day it was archived, not published.
  path = path.replace(/^\/web\/\d{8,14}[a-z_]*\//, '/');
  const patterns: RegExp[] = [
    /(?<!\d)((?:19|20)\d{2})[/_.-](\d{1,2})[/_.-](\d{1,2})(?!\d)/,
    /(?<!\d)((?:19|20)\d{2})-(\d{2})\/(\d{2})(?!\d)/,
    /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/,
  ];
  for (const re of patterns) {
    const m = re.exec(path);
    if (!m) continue;
    const day = isoDay(+m[1], +m[2], +m[3]);
    if (day) return day;
  }
  return null;
}
