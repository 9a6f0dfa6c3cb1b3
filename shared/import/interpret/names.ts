import type { FundingSource } from '../../model/report';
import { compact } from '../../text/compact';

const DEPARTMENT_SUFFIX = /(?:과|담당관|단|팀|센터|사업소|관)$/;
const BUREAU_SUFFIX = /(?:국|실|본부|위원회|청)$/;
/** Words that end like a department but are not one: 결과, 효과, 판단, 전국… */
const NOT_A_NAME =
  /(?:결과|효과|성과|경과|통과|초과|부과|교과|판단|수단|집단|진단|차단|중단|계단|전단|현실|사실|확실|충실|부실|내실|과실|기관|개관|도서관|박물관|미술관|회관|관계|가치관)$|^(?:전국|외국|중국|미국|타국|본국)$/;
const DEPARTMENT_END = /(?:과|관|단|팀|터|소)\s*$/;
const BUREAU_END = /(?:국|실|부|회|청)\s*$/;
const NAME_BODY = /^[가-힣0-9·]+$/;
const MAX_NAME = 16;

/** `행정지원과`, `시민숙의예산 담당관`, `마포1번가연구단`: a department's name on its own. */
export function isDepartmentName(text: string): boolean {
  if (text.length > MAX_NAME * 2 || !DEPARTMENT_END.test(text)) return false;
  const name = compact(text);
  return (
    name.length >= 3 &&
    name.length <= MAX_NAME &&
    NAME_BODY.test(name) &&
    DEPARTMENT_SUFFIX.test(name) &&
    !NOT_A_NAME.test(name)
  );
}

/** `행정지원국`, `서울민주주의위원회`: a bureau (a group of departments). */
export function isBureauName(text: string): boolean {
  if (text.length > MAX_NAME * 2 || !BUREAU_END.test(text)) return false;
  const name = compact(text);
  return (
    name.length >= 3 &&
    name.length <= MAX_NAME &&
    NAME_BODY.test(name) &&
    BUREAU_SUFFIX.test(name) &&
    !NOT_A_NAME.test(name)
  );
}

const LOCAL_GOVERNMENT = /^[가-힣○]{1,10}(?:특별시|광역시|특별자치시|특별자치도|도|시|군|구)$/;

/**
 * `새솔시 도시재생과` → `도시재생과`: an office named after its local government, without it.
 * The text unchanged when it does not start with a local government followed by an office name.
 */
export function withoutLocalGovernment(text: string): string {
  const words = tidyWords(text);
  if (words.length < 2 || !LOCAL_GOVERNMENT.test(words[0]!)) return text;
  const rest = words.slice(1).join(' ');
  return isDepartmentName(rest) || isBureauName(rest) ? rest : text;
}

/**
 * `복지국 복지정책과` → bureau and department; `도시재생과` → department. Null unless every word is
 * an office name (one word may hold a spaced name: `시민숙의예산 담당관` is tried whole too).
 */
export function splitOffices(text: string): { bureau?: string; department?: string } | null {
  const words = tidyWords(text);
  const offices: { bureau?: string; department?: string } = {};
  if (words.length > 1 && words.every((word) => isDepartmentName(word) || isBureauName(word))) {
    for (const word of words) {
      if (isDepartmentName(word)) offices.department = compact(word);
      else offices.bureau = compact(word);
    }
    return offices;
  }
  if (isDepartmentName(text)) return { department: compact(text) };
  if (isBureauName(text)) return { bureau: compact(text) };
  return null;
}

/** The local government an office's name starts with (`새솔시 도시재생과` → `새솔시`). */
export function localGovernmentOf(text: string): string | undefined {
  const words = tidyWords(text);
  return withoutLocalGovernment(text) !== text ? words[0] : undefined;
}

function tidyWords(text: string): string[] {
  return text.trim().split(/\s+/);
}

/** `계`, `합 계`, `총계`, `소계`, `합`: a row or column of stated sums. */
export function isTotalLabel(text: string): boolean {
  return /^(?:계|합계|총계|소계|합|총|총합계|전체)$/.test(compact(text));
}

const FUNDING_NAMES: Record<string, FundingSource> = {
  국비: 'national',
  국고: 'national',
  국고보조금: 'national',
  시비: 'city',
  도비: 'province',
  구비: 'district',
  군비: 'district',
  기금: 'fund',
  특교금: 'specialGrant',
  특별조정교부금: 'specialGrant',
  특교: 'specialGrant',
  // the council's own funds, and money from outside the public budget
  자체: 'district',
  자체재원: 'district',
  자부담: 'other',
  민자: 'other',
  민간: 'other',
  민간자본: 'other',
  복권기금: 'fund',
  지특: 'national',
  균특: 'national',
  // `구·군 462`, `구·군비 30억원`: the districts' share in a metropolitan city's report
  '구·군': 'district',
  '구·군비': 'district',
  구군: 'district',
  구군비: 'district',
  // `12억원(국 6억, 시 3억, 구 3억)`: one-syllable forms inside a funding parenthesis
  국: 'national',
  시: 'city',
  도: 'province',
  구: 'district',
  군: 'district',
};

/** `해수부`, `국토부`, `국가유산청`, `식약처`: a central government body pays from the national budget. */
const NATIONAL_BODY = /^(?:[가-힣]{1,5}(?:부|처)|[가-힣]{2,6}청|[가-힣]{2,8}위원회)$/;
/** a body outside the government's budgets: public corporations, foundations, universities, firms */
const OUTSIDE_BODY =
  /(?:[가-힣A-Za-z]{2,}(?:공사|공단|재단|대학교?|기업|협회|조합|은행|기관)|LH|BPA|K-?water|분담금|부담금|교육청)/i;
const LOCAL_OFFICE = /(?:시청|구청|군청|도청|교육청)$/;

/**
 * The funding source an agency named beside real sources stands for (`해수부 8.75` → national,
 * `BPA 22,411` → other). Only consulted when the parenthesis also names a real source.
 */
export function agencySource(label: string): FundingSource | undefined {
  const word = compact(label).replace(/[·ㆍ]/g, '');
  if (word === '' || /\d/.test(word)) return undefined;
  if (OUTSIDE_BODY.test(word)) return 'other';
  if (LOCAL_OFFICE.test(word)) return undefined;
  return NATIONAL_BODY.test(word) ? 'national' : undefined;
}

/** OCR misreadings of source names seen in extracted text (`사비` for `시비`). */
const MISREAD_FUNDING: Record<string, FundingSource> = {
  사비: 'city',
  서비: 'city',
  시버: 'city',
  규비: 'district',
  구버: 'district',
  국버: 'national',
  굳비: 'national',
};

function nearFundingName(name: string): FundingSource | undefined {
  return MISREAD_FUNDING[name];
}

export interface FundingName {
  source: FundingSource;
  /** true when the name was not a known one but one syllable away from it (`사비`) */
  guessed: boolean;
}

/** The funding source a word names (`국비`, `시비`, `특교금`…), guessing through one-syllable typos. */
export function fundingSourceOf(word: string): FundingName | null {
  const name = compact(word).replace(/[ㆍ․‧・.]/g, '·');
  const known = FUNDING_NAMES[name];
  if (known) return { source: known, guessed: false };
  const near = nearFundingName(name);
  return near ? { source: near, guessed: true } : null;
}

/**
 * `기 금`, `합 계`, `청 년 정 책 과`: a word typeset with a space between every syllable, joined
 * again (a `·` or `(…)` between the spaced syllables may stay: `산 사 태 예 방 · 관리`).
 */
export function joinSpacedSyllables(label: string): string {
  if (/^[가-힣](?: [가-힣]){1,15}$/.test(label)) return label.replace(/ /g, '');
  // runs of three or more single spaced syllables inside a longer label
  return label.replace(/(?<![가-힣])[가-힣](?: [가-힣]){2,}(?![가-힣])/g, (run) =>
    run.replace(/ /g, ''),
  );
}
