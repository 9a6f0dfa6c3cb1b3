/**
 * `- (관리본부) 가족놀이터 조성 7,764백만원, (북구) 수상극장 조성 26,886백만원` under `총사업비 :
 * 34,650백만원`: the whole split into its works on one line, each a name and an amount with its
 * unit, the owner in parentheses before it. Read only when every item is one and they add up to the
 * statement's amount exactly.
 */
import { findAmounts } from '../../money/amounts';
import type { MoneyUnit } from '../../money/types';
import { tidySpaces } from '../../text/compact';
import { listItems } from './last-item';

export interface ListedPart {
  label: string;
  won: number;
  unit: MoneyUnit;
}

const OWNER = /^[(（][^()（）]{1,20}[)）]\s*/;

function listedPart(item: string): ListedPart | null {
  const amounts = findAmounts(item);
  const only = amounts[0];
  if (amounts.length !== 1 || only?.value.kind !== 'money') return null;
  if (item.slice(only.end).trim() !== '') return null;
  const label = tidySpaces(item.slice(0, only.start).replace(OWNER, ''));
  if (!/[가-힣]{2}/.test(label) || /[:：]/.test(label)) return null;
  return { label, won: only.value.won, unit: only.value.unit };
}

export function readListedParts(text: string, whole: number | undefined): ListedPart[] {
  if (whole === undefined || /※/.test(text)) return [];
  const parts = listItems(text).map(listedPart);
  if (parts.length < 2 || parts.some((part) => part === null)) return [];
  const listed = parts as ListedPart[];
  const sum = listed.reduce((total, part) => total + part.won, 0);
  return sum === whole ? listed : [];
}
