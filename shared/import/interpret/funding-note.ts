/**
 * `사업비 : 1,400백만원(공사 1,300, 용역 100) ※재원 : 국비 700, 시비 700`, `총사업비 : 550백만원(공사
 * 530, 기타 20) ※ 국·시비(7:3)`: when the parenthesis breaks the cost down, who pays may follow in a
 * note. Read only when every part of the note is a named source and the parts make up the whole
 * exactly (`※ 국비 50%, 지방비 50%` names no split of 지방비; `※ 구비 4,200 별도` is outside it).
 */
import type { MoneyUnit } from '../../money/types';
import type { Funding } from '../../model/report';
import { compact } from '../../text/compact';
import { placementOf } from './statement-parts';
import { readParenthesis } from './statement-parts';

const NOTE = /^\s*[*※]\s*(?:재\s*원\s*[:：]\s*)?(.+?)\s*$/;
/** `국·시비(7:3)`, `국ㆍ시비 (5:5)`, `국·도·시비(5:2:3)`: sources joined, their shares as a ratio */
const RATIO =
  /^([국시도구군](?:\s*[·ㆍ.,]\s*[국시도구군])+)\s*비\s*[(（]\s*(\d+(?:\s*:\s*\d+)+)\s*[)）]$/;

export interface FundingNote {
  funding: Funding;
  /** the source names as written (for the audit's typo check) */
  sourceNames: string[];
}

function ratioSplit(note: string, whole: number): FundingNote | null {
  const match = RATIO.exec(note);
  if (!match) return null;
  const syllables = compact(match[1]!).split(/[·ㆍ.,]/);
  const shares = match[2]!.split(':').map((share) => Number(share.trim()));
  if (syllables.length !== shares.length) return null;
  const sum = shares.reduce((total, share) => total + share, 0);
  if (sum <= 0) return null;
  const funding: Funding = {};
  const sourceNames: string[] = [];
  for (const [index, syllable] of syllables.entries()) {
    const placement = placementOf(`${syllable}비`);
    if (placement?.kind !== 'funding' || funding[placement.source] !== undefined) return null;
    const won = (whole * shares[index]!) / sum;
    // a share that is no whole won is no split the document meant
    if (!Number.isInteger(won)) return null;
    funding[placement.source] = won;
    sourceNames.push(`${syllable}비`);
  }
  return { funding, sourceNames };
}

/** The funding a note after a statement's parenthesis gives, or null when it gives none for sure. */
export function readFundingNote(after: string, unit: MoneyUnit, whole: number): FundingNote | null {
  const note = NOTE.exec(after);
  if (!note) return null;
  const text = note[1]!;
  const ratio = ratioSplit(text, whole);
  if (ratio) return ratio;
  const reading = readParenthesis(text, unit, whole);
  if (reading.unplaced.length > 0 || reading.breakdown.length > 0) return null;
  const parts = Object.values(reading.funding);
  if (parts.length < 2) return null;
  const total = parts.reduce((sum: number, won) => sum + (won ?? 0), 0);
  if (total !== whole) return null;
  return { funding: reading.funding, sourceNames: reading.sourceNames };
}
