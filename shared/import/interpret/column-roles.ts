import type { ColumnRole } from '../../model/table';

/** `'20년말 예상집행액`, `20년 12월말 집행예상액`: the year-end projection group of an execution table. */
const PROJECTED_GROUP = /예상|년말|연말|월말|말집행/;
const YEAR = /(?:(\d{4})|['‘’](\d{2}))\s*년?/;
/** `12.31까지`, `12월말`, `연말`, `(예상)`: a column that says it is the year-end figure. */
const YEAR_END = /예상|연말|년말|12월|12\.31|까지|전망/;
/** `10.31기준`, `10월말`, `10.31.현재`: the day a figure was counted up to. */
const DATE_TOKEN = /(\d{1,2})\s*(?:\.\s*(\d{1,2})|월\s*(말|\d{1,2}\s*일))/;

export interface RoleGuess {
  role: ColumnRole;
  /** a year written in the header (`2020 예산현액`, `'20년말`), when there is one */
  year?: number;
  /** the day the header names (`10.31기준` → `10.31`, `10월말` → `10.말`), when it names one */
  date?: string;
  /** the header says 당초/최종/추경: a revision of that year's budget */
  revision?: 'original' | 'final' | 'supplementary';
}

function yearOf(label: string): number | undefined {
  const match = YEAR.exec(label.replace(DATE_TOKEN, ''));
  if (!match) return undefined;
  if (match[1]) {
    const year = Number(match[1]);
    return year >= 1990 && year <= 2100 ? year : undefined;
  }
  return 2000 + Number(match[2]);
}

/** `10.31기준` → `10.31`; `10월말` → `10.말`: the same day written either way gives one token. */
export function dateTokenOf(label: string): string | undefined {
  const match = DATE_TOKEN.exec(label);
  if (!match) return undefined;
  const month = Number(match[1]);
  if (month < 1 || month > 12) return undefined;
  const day = match[2] ?? match[3]!.replace(/\s*일$/, '');
  return `${month}.${day.replace(/\s+/g, '')}`;
}

function fundingRole(label: string): ColumnRole | null {
  if (/^국비|국고/.test(label)) return 'funding:national';
  if (/^시비/.test(label)) return 'funding:city';
  if (/^도비/.test(label)) return 'funding:province';
  if (/^구비|^군비|^구[·ㆍ.]?군비/.test(label)) return 'funding:district';
  if (/^기금$/.test(label)) return 'funding:fund';
  if (/특교|특별조정교부금/.test(label)) return 'funding:specialGrant';
  if (/^(?:민자|민간|자부담)$/.test(label)) return 'funding:other';
  return null;
}

function accountRole(label: string): ColumnRole | null {
  if (/^일반회계/.test(label)) return 'account:general';
  if (/^특별회계/.test(label)) return 'account:special';
  return null;
}

function rateRole(parent: string, own: string): ColumnRole {
  if (/증감/.test(own) || /증감/.test(parent)) return 'changeRate';
  if (/징수/.test(own) || /징수/.test(parent)) return 'collectionRate';
  if (PROJECTED_GROUP.test(parent) || /예상/.test(own)) return 'projectedRate';
  if (/원인행위/.test(own)) return 'obligationRate';
  return 'executionRate';
}

function moneyRole(parent: string, own: string, whole: string): ColumnRole | null {
  if (/총사업비|총투자|총투자비/.test(own)) return 'totalCost';
  if (PROJECTED_GROUP.test(parent) && /예상|예산|집행/.test(own)) return 'projectedSpend';
  if (/불용/.test(whole)) return 'projectedLapse';
  if (/증감/.test(own) || (/증감/.test(parent) && /액/.test(own))) return 'change';
  if (/징수액|징수/.test(own)) return 'collected';
  if (/원인행위/.test(own)) return 'obligated';
  // `예상집행액` is a projection, not what was spent
  if (/예상/.test(own)) return 'projectedSpend';
  if (/지출|집행액|집행$/.test(own)) return 'spent';
  if (/현액/.test(whole)) return 'currentBudget';
  if (/전년|전년도/.test(own)) return 'previousBudget';
  if (/최종/.test(own)) return 'currentBudget';
  if (/추경|추가경정/.test(own)) return 'supplementary';
  if (/본예산|당초/.test(own)) return 'originalBudget';
  if (/이월/.test(own)) return 'carriedOver';
  if (/예산|사업비|소요액|금액/.test(own)) return 'budget';
  return null;
}

/** `집행액/10월말`, `집행액/연말(예상)`, `집행액/12.31까지`: a sub-column that only says when. */
function underParent(parent: string, own: string, whole: string): ColumnRole | null {
  if (parent === '') return null;
  const role = moneyRole('', parent, whole);
  if (role === 'spent' && YEAR_END.test(own)) return 'projectedSpend';
  if ((role === 'budget' || role === 'previousBudget') && /당초|본예산/.test(own))
    return 'originalBudget';
  if ((role === 'budget' || role === 'previousBudget') && /최종/.test(own)) return 'currentBudget';
  if ((role === 'budget' || role === 'previousBudget') && /추경/.test(own)) return 'supplementary';
  return role;
}

function revisionOf(label: string): RoleGuess['revision'] {
  if (/당초|본예산/.test(label)) return 'original';
  if (/최종/.test(label)) return 'final';
  if (/추경|추가경정/.test(label)) return 'supplementary';
  return undefined;
}

/**
 * What a column holds, from its header (spaces removed, two header rows joined with '/').
 * Year columns (`2020년 예산`, `2019년 예산`) and accounts are sorted out by the caller, which
 * sees them all.
 */
export function guessRole(label: string): RoleGuess {
  const parts = label.split('/');
  const own = parts[parts.length - 1] ?? '';
  const parent = parts.length > 1 ? parts.slice(0, -1).join('/') : '';
  const whole = label;
  const year = yearOf(whole);
  const date = dateTokenOf(whole);
  const revision = revisionOf(whole);
  const withYear = (role: ColumnRole): RoleGuess => {
    const guess: RoleGuess = { role };
    if (year !== undefined) guess.year = year;
    if (date !== undefined) guess.date = date;
    if (revision !== undefined) guess.revision = revision;
    return guess;
  };
  if (own === '') return { role: 'other' };
  if (
    /^(?:비고|주관부서|소관부서|담당부서|부서|담당|사업내용|내용|기간|주요내용|담당업무)$/.test(own)
  )
    return { role: 'text' };
  if (/^정원/.test(own)) return { role: 'authorized' };
  if (/^현원/.test(own)) return { role: 'current' };
  if (/과부족|^증감$/.test(own) && /정원|현원|인원/.test(whole)) return { role: 'surplus' };
  // `2025년 예산/계`: the total of a dated group keeps its year
  if (/^(?:계|합계|총계|소계|총액)$/.test(own)) return withYear('total');
  const funding = fundingRole(own);
  if (funding) return { role: funding };
  const account = accountRole(own);
  if (account) return { role: account };
  if (/[률율]|%/.test(own) || /[률율]|%/.test(parent)) return withYear(rateRole(parent, own));
  // `2022년`, and `2022년(B)` whose letter a `증감(B-A)` column refers to
  if (/^(?:\d{4}|['‘’]\d{2})년?도?(?:\([A-Za-z가-힣]\))?$/.test(own) && year !== undefined)
    return { role: 'budget', year };
  const money = moneyRole(parent, own, whole) ?? underParent(parent, own, whole);
  if (money) return withYear(money);
  return { role: 'other' };
}
