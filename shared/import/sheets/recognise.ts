import type { MoneyUnit } from '../../money/types';
import { isMoneyUnit } from '../../money/units';
import { compact } from '../../text/compact';
import type { SheetRole } from './roles';

/** What a header says about its column. */
export interface HeaderReading {
  role: SheetRole;
  /** a year the header names (`2024년 예산`, `'24 예산액`) */
  year?: number;
  /** a unit the header states (`예산액(천원)`, `금액 (단위: 백만원)`) */
  unit?: MoneyUnit;
  /** a name that only sometimes means the project (`구분`, `항목`): used when nothing better is there */
  weak?: true;
}

const UNIT_IN_HEADER = /[(（[]\s*(?:단위\s*[:：]?\s*)?(조원|십억원|억원|백만원|천원|원)\s*[)）\]]/;
const YEAR_IN_HEADER =
  /(?:^|[^\d])((?:19|20)\d{2})\s*(?:년|년도|회계연도)?(?!\d)|['‘’](\d{2})\s*년/;

/** A header as matched: spaces, brackets, footnote marks and its unit removed, lower case. */
export function headerKey(text: string): string {
  return compact(text)
    .replace(UNIT_IN_HEADER, '')
    .replace(/[*※①-⑳]+$/u, '')
    .replace(/^[[【〔(（<]+|[\]】〕)）>]+$/g, '')
    .replace(/[·ㆍ・_\-–]/g, '')
    .toLowerCase();
}

function headerUnit(text: string): MoneyUnit | undefined {
  const match = UNIT_IN_HEADER.exec(compact(text));
  const unit = match?.[1];
  return unit && isMoneyUnit(unit) ? unit : undefined;
}

function headerYear(text: string): number | undefined {
  const match = YEAR_IN_HEADER.exec(compact(text));
  if (!match) return undefined;
  return match[1] ? Number(match[1]) : 2000 + Number(match[2]);
}

/** Exact header words (after headerKey), checked before the patterns below. */
const EXACT: Record<string, SheetRole> = {
  연도: 'fiscalYear',
  년도: 'fiscalYear',
  회계연도: 'fiscalYear',
  회계년도: 'fiscalYear',
  예산연도: 'fiscalYear',
  year: 'fiscalYear',
  fiscalyear: 'fiscalYear',
  지역: 'region',
  지역명: 'region',
  시도: 'region',
  시도명: 'region',
  광역자치단체: 'region',
  광역자치단체명: 'region',
  region: 'region',
  자치단체: 'government',
  자치단체명: 'government',
  지자체: 'government',
  지자체명: 'government',
  기관: 'government',
  기관명: 'government',
  단체명: 'government',
  시군구: 'government',
  시군구명: 'government',
  기초자치단체: 'government',
  기초자치단체명: 'government',
  organization: 'government',
  organisation: 'government',
  government: 'government',
  localgovernment: 'government',
  실국: 'bureau',
  실국명: 'bureau',
  소관실국: 'bureau',
  국명: 'bureau',
  bureau: 'bureau',
  부서: 'department',
  부서명: 'department',
  과: 'department',
  과명: 'department',
  담당과: 'department',
  담당부서: 'department',
  소관부서: 'department',
  주관부서: 'department',
  실과: 'department',
  실과명: 'department',
  department: 'department',
  dept: 'department',
  본청여부: 'level',
  본청구분: 'level',
  자치단체유형: 'level',
  단체유형: 'level',
  자치단체구분: 'level',
  level: 'level',
  정책사업: 'program',
  정책사업명: 'program',
  단위사업: 'program',
  단위사업명: 'program',
  program: 'program',
  programme: 'program',
  상위사업: 'program',
  세부사업: 'project',
  세부사업명: 'project',
  사업: 'project',
  사업명: 'project',
  사업명칭: 'project',
  내역사업: 'project',
  내역사업명: 'project',
  project: 'project',
  projectname: 'project',
  단위: 'unit',
  금액단위: 'unit',
  unit: 'unit',
  예산: 'budget',
  예산액: 'budget',
  금액: 'budget',
  사업비: 'budget',
  편성액: 'budget',
  예산편성액: 'budget',
  세출예산: 'budget',
  세출예산액: 'budget',
  예산금액: 'budget',
  본년도예산: 'budget',
  금년도예산: 'budget',
  amount: 'budget',
  budget: 'budget',
  예산현액: 'currentBudget',
  현액: 'currentBudget',
  최종예산: 'currentBudget',
  최종예산액: 'currentBudget',
  최종: 'currentBudget',
  당초예산: 'originalBudget',
  당초예산액: 'originalBudget',
  당초: 'originalBudget',
  본예산: 'originalBudget',
  추경: 'supplementary',
  추경예산: 'supplementary',
  추가경정예산: 'supplementary',
  이월: 'carriedOver',
  이월액: 'carriedOver',
  전년도예산: 'previousBudget',
  전년예산: 'previousBudget',
  전년도: 'previousBudget',
  전년도최종예산: 'previousBudget',
  원인행위: 'obligated',
  원인행위액: 'obligated',
  지출: 'spent',
  지출액: 'spent',
  집행: 'spent',
  집행액: 'spent',
  예상집행액: 'projectedSpend',
  집행예상액: 'projectedSpend',
  소요예산: 'requiredBudget',
  소요예산액: 'requiredBudget',
  소요액: 'requiredBudget',
  징수액: 'collected',
  수납액: 'collected',
  증감: 'change',
  증감액: 'change',
  국비: 'funding:national',
  국고: 'funding:national',
  국고보조금: 'funding:national',
  시비: 'funding:city',
  시도비: 'funding:city',
  광역비: 'funding:city',
  도비: 'funding:province',
  구비: 'funding:district',
  군비: 'funding:district',
  구군비: 'funding:district',
  시군구비: 'funding:district',
  자체: 'funding:district',
  자체재원: 'funding:district',
  기금: 'funding:fund',
  특교금: 'funding:specialGrant',
  특별교부세: 'funding:specialGrant',
  특별조정교부금: 'funding:specialGrant',
  기타: 'funding:other',
  기타재원: 'funding:other',
  민자: 'funding:other',
  자부담: 'funding:other',
  증감률: 'changeRate',
  증감율: 'changeRate',
  집행률: 'executionRate',
  집행율: 'executionRate',
  원인행위율: 'obligationRate',
  예상집행률: 'projectedRate',
  예상집행율: 'projectedRate',
};

/** Names that sometimes are the row's name (a clerk's `구분` column) and sometimes not. */
const WEAK_PROJECT = new Set(['구분', '항목', '과목', '명칭', '내역', '내용', 'name', 'item']);

/** Patterns for headers worded around the exact words (`2024년 예산액`, `지출액(누계)`). */
function byPattern(key: string): SheetRole | undefined {
  if (/증감[률율]|변동률/.test(key)) return 'changeRate';
  if (/원인행위[률율]/.test(key)) return 'obligationRate';
  if (/예상집행[률율]/.test(key)) return 'projectedRate';
  if (/집행[률율]/.test(key)) return 'executionRate';
  if (/증감/.test(key)) return 'change';
  if (/원인행위/.test(key)) return 'obligated';
  if (/예상/.test(key) && /집행|지출/.test(key)) return 'projectedSpend';
  if (/지출|집행액/.test(key)) return 'spent';
  if (/예산현액|최종예산/.test(key)) return 'currentBudget';
  if (/당초|본예산/.test(key)) return 'originalBudget';
  if (/추경|추가경정/.test(key)) return 'supplementary';
  if (/전년/.test(key) && /예산|금액/.test(key)) return 'previousBudget';
  if (/^(?:(?:19|20)\d{2}|'?\d{2})?(?:년도?)?(?:예산액?|금액|사업비|편성액)$/.test(key))
    return 'budget';
  if (/세부사업/.test(key)) return 'project';
  if (/단위사업|정책사업/.test(key)) return 'program';
  if (/부서/.test(key)) return 'department';
  return undefined;
}

/** A header (spaces, footnote marks and units allowed) → the role it most likely names. */
export function recogniseHeader(text: string): HeaderReading {
  const key = headerKey(text);
  const unit = headerUnit(text);
  const reading = (role: SheetRole): HeaderReading => {
    const result: HeaderReading = { role };
    const year = role === 'fiscalYear' ? undefined : headerYear(text);
    if (year !== undefined) result.year = year;
    if (unit) result.unit = unit;
    return result;
  };
  if (key === '') return { role: 'ignore' };
  if (WEAK_PROJECT.has(key)) return { role: 'project', weak: true };
  const exact = EXACT[key] ?? EXACT[key.replace(/^(?:(?:19|20)\d{2}|'?\d{2})년?도?/, '')];
  if (exact) return reading(exact);
  // `2024년`, `2025년도`: a year alone heads that year's budget
  if (/^(?:19|20)\d{2}년?도?$/.test(key)) return reading('budget');
  const pattern = byPattern(key);
  return pattern ? reading(pattern) : { role: 'ignore' };
}

/**
 * A column under a two-row header: `재원/국비`, `2024년/예산액`, `예산/당초`. The lower cell names
 * the column; the upper one gives the year or the kind when the lower one says too little.
 */
export function recogniseHeaderPair(upper: string, lower: string): HeaderReading {
  if (compact(lower) === '' || compact(lower) === compact(upper)) return recogniseHeader(upper);
  const own = recogniseHeader(lower);
  const parent = recogniseHeader(upper);
  const year = own.year ?? headerYear(upper);
  const unit = own.unit ?? headerUnit(upper);
  let role = own.role;
  // `예산/당초`, `지출/국비` keep the lower word; `전년도/예산` moves a budget to last year's
  if (role === 'budget' && parent.role === 'previousBudget') role = 'previousBudget';
  if (role === 'ignore' && !own.weak) role = recogniseHeader(`${upper}${lower}`).role;
  const result: HeaderReading = { role };
  if (own.weak && role === 'project') result.weak = true;
  if (year !== undefined && role !== 'fiscalYear') result.year = year;
  if (unit) result.unit = unit;
  return result;
}
