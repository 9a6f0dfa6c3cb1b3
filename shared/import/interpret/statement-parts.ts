/**
 * The parenthesis after a statement's amount: who pays (`국비 …, 시비 …`), the revisions (`본예산 …,
 * 추경 …`), a cost breakdown (`공사비 62, 설계비 4`), or notes (`부산대 외 2`, `보상비 300 포함`).
 * Only named funding sources make a funding split; labelled amounts that are not sources are a
 * breakdown; everything else stays a note.
 */
import { findAmounts } from '../../money/amounts';
import { parseCell } from '../../money/cell';
import type { MoneyUnit } from '../../money/types';
import type { Funding } from '../../model/report';
import { compact } from '../../text/compact';
import { agencySource, fundingSourceOf } from './names';

export interface NamedPart {
  label: string;
  won?: number;
  /** a share given as a percent of the whole (`국비 50%`) */
  percent?: number;
  /** the part as written */
  text: string;
}

/** Splits `국비 10,483, 시비 6,831` at the list commas, not at thousands separators. */
export const PART_SEPARATOR =
  /[,，、](?!\d{3}(?:\D|$))|\/|\s+및\s+|(?<=\d)\s+(?=[가-힣]{1,4}\s*[:：]?\s*\d)/;

export type Placement =
  | { kind: 'funding'; source: keyof Funding; guessed: boolean }
  | { kind: 'original' }
  | { kind: 'supplementary' }
  | { kind: 'carried' };

export interface ParenthesisReading {
  funding: Funding;
  originalBudget?: number;
  supplementary?: number;
  carriedOver?: number;
  /** labelled amounts that are not sources: the cost's own items (child lines) */
  breakdown: { label: string; won: number }[];
  /** funding source names as written (for the audit's typo check) */
  sourceNames: string[];
  /** parts of a funding split the importer could not place */
  unplaced: string[];
  /** `(국비 50%)`, `(국 98)` of a larger whole: the named payers' parts, the rest not stated */
  partial?: true;
}

/** `(보상비 300 포함)` inside a part, `*` footnote marks: notes that are not part of the figure. */
function withoutNotes(part: string): string {
  return part
    .replace(/[(（［[][^()（）［\]]*[)）\]］]/g, ' ')
    .replace(/[*※]+/g, ' ')
    .replace(/\s+등\s*(?=[\d△-])/g, ' ')
    .trim();
}

/** One part: `국비 41,514천원`, `시비 6,831` (unit inherited), `추경 27,417천원`, `구비`. */
export function readPart(part: string, unit: MoneyUnit): NamedPart | null {
  // `비공원 1조 3,154`: the group after 조 is 억 (Korean numbers step by 10⁴), whatever the unit
  // line says; read as 1조 3,154억원, not 1조원 followed by a stray 3,154
  const withTrillions = withoutNotes(part).replace(
    /(\d)\s*조\s*(\d{1,4}|\d,\d{3})(?![\d,.]|\s*(?:억|천|백|십|만|원))/g,
    '$1조 $2억원',
  );
  // `국 6억` → `국 6억원`, `시 5천억`, `군 2억 5천만`: amounts in 억/조/만 written without 원
  const trimmed = withTrillions
    .replace(/(\d\s*[천백십]?)\s*(억|조)(?![원\d]|\s*\d[\d,]*\s*(?:억|천|백|십|만))/g, '$1$2원')
    .replace(/(\d\s*[천백십]?\s*만)(?![원\d가-힣])/g, '$1원');
  if (trimmed === '') return null;
  if (!/\d/.test(trimmed)) return { label: trimmed, text: trimmed };
  const amounts = findAmounts(trimmed);
  const first = amounts[0];
  if (first && first.value.kind === 'money') {
    const label = trimmed
      .slice(0, first.start)
      .replace(/[:：\s]+$/, '')
      .trim();
    return { label, won: first.value.won, text: trimmed };
  }
  const bare = /^(.*?)[\s:：]*([△-]?\s*\d[\d,]*(?:\.\d+)?)\s*$/.exec(trimmed);
  if (bare) {
    const value = parseCell(bare[2]!, { kind: 'money', unit });
    if (value?.kind === 'money') return { label: bare[1]!.trim(), won: value.won, text: trimmed };
  }
  return null;
}

/** `국비 50%`, `시비 100%`: a share of the whole, in won (rounded). */
function readSharePart(part: string, whole: number | undefined): NamedPart | null {
  if (whole === undefined || !/[%％]/.test(part)) return null;
  const share = /^\s*([가-힣·ㆍ]{1,8})\s*[:：]?\s*(\d{1,3}(?:\.\d+)?)\s*[%％]\s*$/.exec(part);
  if (!share) return null;
  const percent = Number(share[2]);
  if (percent > 100) return null;
  const won = Math.round((whole * percent) / 100);
  return { label: share[1]!, won, percent, text: part.trim() };
}

/**
 * `(국비 50%)`, `(국 30%, 시 30%)`: shares of named sources that leave part of the whole unstated.
 * Kept as a partial split when each share comes to whole won; false (nothing kept) otherwise.
 */
function partialShares(
  parts: readonly NamedPart[],
  whole: number | undefined,
  reading: ParenthesisReading,
): boolean {
  if (whole === undefined || parts.length === 0) return false;
  const total = parts.reduce((sum, part) => sum + (part.percent ?? 0), 0);
  if (total <= 0 || total >= 100) return false;
  const funding: Funding = {};
  for (const part of parts) {
    const placement = placementOf(part.label);
    if (part.percent === undefined || placement?.kind !== 'funding') return false;
    if (funding[placement.source] !== undefined) return false;
    const won = (whole * part.percent) / 100;
    // a share that comes to a fraction of a won is not one the document meant exactly
    if (Math.abs(won - Math.round(won)) > 1e-6) return false;
    funding[placement.source] = Math.round(won);
  }
  reading.funding = funding;
  reading.sourceNames.push(...parts.map((part) => sourceName(part.label)));
  reading.partial = true;
  return true;
}

/** `국·시비`, `국시비`, `지방비`: several sources in one figure — no split can be made of it. */
const COMBINED_SOURCES = /^(?:국[·ㆍ.]?시비?|시[·ㆍ.]?구비?|시[·ㆍ.]?군비?|국[·ㆍ.]?도비?|지방비)$/;

/**
 * Where a labelled part goes. Funding goes where the document's own word says, whatever level wrote
 * it: 시비 is always `city`, 도비 `province`, 구비/군비 `district` (see names.ts).
 */
export function placementOf(label: string): Placement | null {
  const compacted = compact(label);
  const word = compacted.startsWith('전액') ? compacted.slice(2) : compacted;
  if (word === '') return null;
  if (/^(?:본예산|당초|당초예산|본)$/.test(word)) return { kind: 'original' };
  if (/추경|추가경정/.test(word)) return { kind: 'supplementary' };
  if (/^(?:이월|이월액|명시이월|사고이월)$/.test(word)) return { kind: 'carried' };
  const funding = fundingSourceOf(word);
  if (!funding) return null;
  return { kind: 'funding', ...funding };
}

/** `국` → `국비`: one-syllable source names as the audit's name check knows them. */
function sourceName(label: string): string {
  const word = compact(label);
  return /^[국시도구군]$/.test(word) ? `${word}비` : word;
}

/** `기타`, `기타재원` beside named sources: the rest of the money. */
const OTHER_SOURCE = /^기타(?:재원)?$/;

function addTo(record: Record<string, number | undefined>, key: string, won: number): void {
  record[key] = (record[key] ?? 0) + won;
}

function isSource(part: NamedPart, withAgencies: boolean): boolean {
  const placement = placementOf(part.label);
  if (placement) return true;
  if (OTHER_SOURCE.test(compact(part.label))) return true;
  return withAgencies && agencySource(part.label) !== undefined;
}

/**
 * Reads a statement's parenthesis: `(구비: 본예산 …, 추경 …)`, `(국비 …, 시비 …)`, `(시비)`,
 * `(해수부 8.75, 시 3.75)`, `(공사비 62, 설계비 4)`, `(국비 50%, 시비 50%)`.
 */
export function readParenthesis(
  content: string,
  unit: MoneyUnit,
  whole: number | undefined,
): ParenthesisReading {
  const reading: ParenthesisReading = { funding: {}, breakdown: [], sourceNames: [], unplaced: [] };
  let inner = content;
  const sourceBeforeColon = /^\s*([가-힣·]{1,7})\s*[:：]\s*(.*)$/.exec(content);
  if (sourceBeforeColon) {
    const placement = placementOf(sourceBeforeColon[1]!);
    if (placement?.kind === 'funding') {
      reading.sourceNames.push(sourceName(sourceBeforeColon[1]!));
      if (whole !== undefined) addTo(reading.funding, placement.source, whole);
      inner = sourceBeforeColon[2]!;
    }
  }
  const pieces = inner.split(PART_SEPARATOR);
  const parts = pieces
    .map((piece) => readSharePart(piece, whole) ?? readPart(piece, unit))
    .filter((part): part is NamedPart => part !== null);
  // shares make a split only when they make up the whole: `(국비 50%)` alone is a partial one
  const shares = parts.reduce((total, part) => total + (part.percent ?? 0), 0);
  const named = Math.abs(shares - 100) < 0.5 ? parts : parts.filter((p) => p.percent === undefined);
  if (named.length === 0 && partialShares(parts, whole, reading)) return reading;
  const money = named.filter((part) => part.won !== undefined);
  const core = named.filter((part) => placementOf(part.label) !== null);
  const combined = (label: string) =>
    COMBINED_SOURCES.test(compact(label).replace(/[ㆍ․‧・]/g, '·'));
  if (named.some((part) => combined(part.label))) {
    for (const part of named) if (part.won !== undefined) reading.unplaced.push(part.text);
    return reading;
  }
  const sources = named.filter((part) => isSource(part, core.length > 0));
  for (const part of sources) {
    const placement = placementOf(part.label);
    if (placement?.kind === 'funding') reading.sourceNames.push(sourceName(part.label));
  }
  // `(시비)`, `(시비, 공기관위탁사업비)`: one source named without amounts pays the whole
  if (money.length === 0) {
    const only = core.filter((part) => placementOf(part.label)?.kind === 'funding');
    const placement = only.length === 1 ? placementOf(only[0]!.label) : null;
    if (placement?.kind === 'funding' && whole !== undefined)
      addTo(reading.funding, placement.source, whole);
    return reading;
  }
  const unnamed = money.filter((part) => part.label === '');
  // `(토지매입 6,418, 건축 37,375, 기타 448)`: 기타 among cost items is the rest of them, not a payer
  const onlyRest =
    core.length === 0 && sources.every((part) => OTHER_SOURCE.test(compact(part.label)));
  if (sources.length === 0 || onlyRest) {
    // `(공사비 62, 설계비 4)`: the cost's own items, when every amount is labelled
    if (money.length >= 2 && unnamed.length === 0)
      reading.breakdown = money.map((part) => ({ label: part.label, won: part.won! }));
    return reading;
  }
  const sourceMoney = sources.filter((part) => part.won !== undefined);
  // `(국 98)`, `(시비 지원 387)` of a larger whole: one source's share, the rest not stated
  if (sourceMoney.length === 1 && money.length === 1 && whole !== undefined) {
    const part = sourceMoney[0]!;
    const placement = placementOf(part.label);
    if (part.won !== whole && placement?.kind === 'funding') {
      if (part.won! > 0 && part.won! < whole) {
        addTo(reading.funding, placement.source, part.won!);
        reading.partial = true;
      }
      return reading;
    }
  }
  for (const part of money) {
    const placement = placementOf(part.label);
    if (!placement) {
      const agency = agencySource(part.label);
      if (OTHER_SOURCE.test(compact(part.label)) || agency === 'other') {
        reading.sourceNames.push(compact(part.label));
        addTo(reading.funding, 'other', part.won!);
      } else if (agency) addTo(reading.funding, agency, part.won!);
      else {
        reading.unplaced.push(part.text);
        if (part.label !== '') addTo(reading.funding, 'other', part.won!);
      }
      continue;
    }
    if (placement.kind === 'funding') addTo(reading.funding, placement.source, part.won!);
    else if (placement.kind === 'original')
      reading.originalBudget = (reading.originalBudget ?? 0) + part.won!;
    else if (placement.kind === 'supplementary')
      reading.supplementary = (reading.supplementary ?? 0) + part.won!;
    else reading.carriedOver = (reading.carriedOver ?? 0) + part.won!;
  }
  return reading;
}
