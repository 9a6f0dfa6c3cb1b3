import type { HeadingMarker } from './types';

export interface MarkedLine {
  type: 'heading' | 'list';
  marker: HeadingMarker | string;
  ordinal?: string;
  level: number;
  depth: number;
  text: string;
}

const ROMAN_UNICODE = 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ';
const HASH = /^(#{1,6})\s*(.*)$/;
const ROMAN = new RegExp(
  `^(?:([${ROMAN_UNICODE}])\\s*[.,]?|(X|IX|IV|V?I{1,3}|V)\\s*[.,])\\s*(\\S.*)$`,
);
const NUMBER = /^(\d{1,2})\s*\.(?!\d)\s*(?!\d{1,2}\s*\.)(\S.*)$/;
const NUMBER_BARE = /^(\d{1,2})\s+(?!\d{1,2}\s*[.)]|\d{1,3}(?:,\d{3})|\d+\s*[%명건개])(\S.*)$/;
const NUMBER_PAREN = /^(\d{1,2})\)\s*(\S.*)$/;
const PAREN_NUMBER = /^\((\d{1,2})\)\s*(\S.*)$/;
const HANGUL = /^([가나다라마바사아자차카타파하])\s*[.)]\s*(\S.*)$/;
/** `①`, and the filled or sans-serif circled numbers `❶`, `➀`, `➊` */
const CIRCLED = /^([①-⑳❶-❿➀-➓])\s*(\S.*)$/;
const SYMBOL = /^([□■◆◇◈▣◎○●❍])\s*(.*)$/;
/** `【청년 일자리】`, `< 청년 일자리 지원 >`, `〈…〉`, `《…》`: a bracketed title with Korean in it */
const BRACKET = /^[【<〈《]\s*([^】>〉》]*?[가-힣][^】>〉》]*?)\s*[】>〉》]\s*(.*)$/;
const BOLD = /^\*\*(.+?)\*\*\s*(.*)$/;
const LIST = /^([-–·•∙ㆍ※*▶▷►▸➢➤ㅇ◦>▪▫◎●❍◯◉‣⁃])\s*(.*)$/;

const SYMBOL_MARKER: Record<string, HeadingMarker> = {
  '□': 'square',
  '■': 'filled-square',
  '▣': 'filled-square',
  '◆': 'diamond',
  '◇': 'diamond',
  '◈': 'diamond',
  '◎': 'circle',
  '○': 'circle',
  '●': 'circle',
  '❍': 'circle',
};

const LEVEL: Record<HeadingMarker, number> = {
  hash: 2,
  roman: 1,
  bracket: 2,
  plain: 2,
  number: 2,
  bold: 3,
  hangul: 3,
  square: 3,
  'filled-square': 3,
  circled: 4,
  'paren-number': 4,
  circle: 4,
  diamond: 5,
};

/** Long numbered lines are footnotes or sentences, not headings. */
const MAX_HEADING_LENGTH = 60;

function depthOf(indent: number): number {
  if (indent === 0) return 0;
  if (indent < 4) return 1;
  if (indent < 6) return 2;
  return 3;
}

function heading(marker: HeadingMarker, text: string, ordinal?: string): MarkedLine {
  const line: MarkedLine = { type: 'heading', marker, level: LEVEL[marker], depth: 0, text };
  if (ordinal !== undefined) line.ordinal = ordinal;
  return line;
}

/** Headings marked by an ordinal or a symbol at the start of the (trimmed) line. */
function markedHeading(text: string, allowBareNumber: boolean): MarkedLine | null {
  let m = ROMAN.exec(text);
  if (m) return heading('roman', m[3]!.trim(), m[1] ?? m[2]);
  m = BRACKET.exec(text);
  if (m) return heading('bracket', m[2] ? `${m[1]} ${m[2]}` : m[1]!);
  m = BOLD.exec(text);
  if (m) return heading('bold', m[2] ? `${m[1]} ${m[2]}` : m[1]!);
  const short = text.length <= MAX_HEADING_LENGTH;
  m = NUMBER.exec(text) ?? (allowBareNumber ? NUMBER_BARE.exec(text) : null);
  if (m && short) return heading('number', m[2]!.trim(), m[1]);
  m = NUMBER_PAREN.exec(text) ?? PAREN_NUMBER.exec(text);
  if (m && short) return heading('paren-number', m[2]!.trim(), m[1]);
  m = HANGUL.exec(text);
  if (m && short) return heading('hangul', m[2]!.trim(), m[1]);
  m = CIRCLED.exec(text);
  // `⑤ 남해군 2021년 ⑥ 옹진군 2023년` is an enumeration, not a heading
  if (m && short && !/[①-⑳❶-❿➀-➓]/.test(m[2]!)) return heading('circled', m[2]!.trim(), m[1]);
  if (m) return null;
  m = SYMBOL.exec(text);
  if (m) {
    const marker = SYMBOL_MARKER[m[1]!] ?? 'square';
    const body = m[2]!.trim();
    // `○ 사업비: 342,081천원(구비)` is content, `○ 세입 총괄` is a heading
    if (marker === 'circle' && (body.includes(':') || body.length > 40)) return null;
    return heading(marker, body);
  }
  return null;
}

/**
 * What a non-table line's leading marker makes it: a heading (with level, ordinal and text), a list
 * item (with its depth), or null for plain text.
 */
export function readMarkers(raw: string): MarkedLine | null {
  const indent = /^[ \u3000]*/.exec(raw)![0].length;
  const text = raw.trim();
  if (text === '') return null;
  const hash = HASH.exec(text);
  if (hash && text.startsWith('#')) {
    const inner = hash[2]!.trim();
    const marked = markedHeading(inner, true);
    const level = hash[1]!.length;
    if (marked && marked.type === 'heading') return { ...marked, level };
    return { type: 'heading', marker: 'hash', level, depth: 0, text: inner };
  }
  const marked = markedHeading(text, false);
  if (marked) return marked;
  const circle = /^○\s*(.*)$/.exec(text);
  if (circle)
    return { type: 'list', marker: '○', level: 0, depth: depthOf(indent), text: circle[1]!.trim() };
  const list = LIST.exec(text);
  if (list && !/^-\s*\d{1,3}\s*-$/.test(text)) {
    return {
      type: 'list',
      marker: list[1]!,
      level: 0,
      depth: depthOf(indent),
      text: list[2]!.trim(),
    };
  }
  return null;
}
