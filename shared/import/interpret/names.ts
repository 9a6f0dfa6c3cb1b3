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

/** `계`, `합 계`, `총계`, `소계`, `합`: a row or column of stated sums. */
export function isTotalLabel(text: string): boolean {
  return /^(?:계|합계|총계|소계|합|총|총합계|전체)$/.test(compact(text));
}

const FUNDING_NAMES: Record<string, FundingSource> = {
  국비: 'national',
  국고: 'national',
  국고보조금: 'national',
  시비: 'city',
  도비: 'city',
  구비: 'district',
  군비: 'district',
  기금: 'fund',
  특교금: 'specialGrant',
  특별조정교부금: 'specialGrant',
  특교: 'specialGrant',
  // `12억원(국 6억, 시 3억, 구 3억)`: one-syllable forms inside a funding parenthesis
  국: 'national',
  시: 'city',
  도: 'city',
  구: 'district',
  군: 'district',
};

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
  const name = compact(word);
  const known = FUNDING_NAMES[name];
  if (known) return { source: known, guessed: false };
  const near = nearFundingName(name);
  return near ? { source: near, guessed: true } : null;
}
