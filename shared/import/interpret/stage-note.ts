/**
 * `사업비: 1,475백만원(시비) * 1차(3개월) 246백만원, 2차(15개월) 1,229백만원`: a note after a
 * statement's amount that splits it into stages (or lots). Read only when every item is a label and
 * an amount with its unit and the items add up to the statement's amount exactly; anything else
 * stays a note.
 */
import { findAmounts } from '../../money/amounts';
import { tidySpaces } from '../../text/compact';
import { listItems } from './last-item';

const NOTE_MARK = /^\s*[*※]\s*/;
const LABELLED =
  /^([^\d()（）,]{0,12}?\d*\s*[가-힣A-Za-z][^()（）,]{0,12}?)\s*(?:[(（][^()（）]*[)）])?\s*(\d.*)$/;

export function readStageNote(after: string, whole: number): { label: string; won: number }[] {
  const mark = NOTE_MARK.exec(after);
  if (!mark) return [];
  const parts = listItems(after.slice(mark[0].length));
  if (parts.length < 2) return [];
  const stages = parts.map((part) => {
    const match = LABELLED.exec(part);
    if (!match) return null;
    const amounts = findAmounts(match[2]!);
    const only = amounts[0];
    if (amounts.length !== 1 || only?.value.kind !== 'money') return null;
    if (only.start !== 0 || only.end !== match[2]!.length) return null;
    return { label: tidySpaces(match[1]!), won: only.value.won };
  });
  if (stages.some((stage) => stage === null)) return [];
  const found = stages as { label: string; won: number }[];
  const sum = found.reduce((total, stage) => total + stage.won, 0);
  return sum === whole ? found : [];
}
