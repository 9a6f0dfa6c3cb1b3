/**
 * Outline and list numbers the word processor draws but does not store in the paragraph: each
 * level has a format (`^1.`, `(^3)`, `^1.^2.`) whose `^n` is level n's counter written in that
 * level's number shape. HWP and HWPX share the shapes (Hancom's number-shape table).
 */

export interface NumberingLevel {
  /** e.g. `^1.`; `^n` is replaced by level n's counter */
  format: string;
  /** Hancom number shape: 0 = 1 2 3, 1 = ① ②, 2 = Ⅰ Ⅱ, 8 = 가 나 … (see SHAPES) */
  shape: number;
  start: number;
}

export interface Numbering {
  levels: NumberingLevel[];
}

const CIRCLED_DIGITS = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const ROMAN_UPPER = 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ';
const ROMAN_LOWER = 'ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ';
const LATIN_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LATIN_LOWER = 'abcdefghijklmnopqrstuvwxyz';
const CIRCLED_LATIN_UPPER = 'ⒶⒷⒸⒹⒺⒻⒼⒽⒾⒿⓀⓁⓂⓃⓄⓅⓆⓇⓈⓉⓊⓋⓌⓍⓎⓏ';
const CIRCLED_LATIN_LOWER = 'ⓐⓑⓒⓓⓔⓕⓖⓗⓘⓙⓚⓛⓜⓝⓞⓟⓠⓡⓢⓣⓤⓥⓦⓧⓨⓩ';
const HANGUL = '가나다라마바사아자차카타파하';
const CIRCLED_HANGUL = '㉮㉯㉰㉱㉲㉳㉴㉵㉶㉷㉸㉹㉺㉻';
const JAMO = 'ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ';
const CIRCLED_JAMO = '㉠㉡㉢㉣㉤㉥㉦㉧㉨㉩㉪㉫㉬㉭';
const HANGUL_NUMBER = ['일', '이', '삼', '사', '오', '육', '칠', '팔', '구', '십'];
const IDEOGRAPH = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const CIRCLED_IDEOGRAPH = '㊀㊁㊂㊃㊄㊅㊆㊇㊈㊉';

function fromList(list: string | readonly string[], n: number): string {
  const items = typeof list === 'string' ? [...list] : list;
  return items[n - 1] ?? String(n);
}

const SHAPES: Record<number, string | readonly string[]> = {
  1: CIRCLED_DIGITS,
  2: ROMAN_UPPER,
  3: ROMAN_LOWER,
  4: LATIN_UPPER,
  5: LATIN_LOWER,
  6: CIRCLED_LATIN_UPPER,
  7: CIRCLED_LATIN_LOWER,
  8: HANGUL,
  9: CIRCLED_HANGUL,
  10: JAMO,
  11: CIRCLED_JAMO,
  12: HANGUL_NUMBER,
  13: IDEOGRAPH,
  14: CIRCLED_IDEOGRAPH,
};

/** The counter `n` written in a number shape. */
export function numberText(shape: number, n: number): string {
  const list = SHAPES[shape];
  return list ? fromList(list, n) : String(n);
}

/** OWPML's names for the number shapes (HWPX `numFormat`), as Hancom's shape numbers. */
export const OWPML_SHAPES: Record<string, number> = {
  DIGIT: 0,
  CIRCLED_DIGIT: 1,
  ROMAN_CAPITAL: 2,
  ROMAN_SMALL: 3,
  LATIN_CAPITAL: 4,
  LATIN_SMALL: 5,
  CIRCLED_LATIN_CAPITAL: 6,
  CIRCLED_LATIN_SMALL: 7,
  HANGUL_SYLLABLE: 8,
  CIRCLED_HANGUL_SYLLABLE: 9,
  HANGUL_JAMO: 10,
  CIRCLED_HANGUL_JAMO: 11,
  HANGUL_PHONETIC: 12,
  IDEOGRAPH: 13,
  CIRCLED_IDEOGRAPH: 14,
};

/** Counts numbered paragraphs as they come, per numbering, and writes each one's number. */
export class NumberingCounter {
  private readonly counters = new Map<Numbering, number[]>();

  next(numbering: Numbering, level: number): string {
    const levels = numbering.levels;
    const current = levels[level];
    if (!current) return '';
    let counts = this.counters.get(numbering);
    if (!counts) {
      counts = levels.map((each) => each.start - 1);
      this.counters.set(numbering, counts);
    }
    counts[level] = (counts[level] ?? 0) + 1;
    for (let deeper = level + 1; deeper < counts.length; deeper++)
      counts[deeper] = (levels[deeper]?.start ?? 1) - 1;
    return current.format.replace(/\^(\d{1,2})/g, (_, digits: string) => {
      const index = Number(digits) - 1;
      const count = Math.max(1, counts![index] ?? 1);
      return numberText(levels[index]?.shape ?? 0, count);
    });
  }
}
