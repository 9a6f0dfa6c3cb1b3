import type { BudgetLine, PersonnelRow } from '../../model/report';
import { warn, type Collected } from './sink';
import { LINE_MONEY_FIELDS } from '../../model/line-fields';

const MONEY_FIELDS = LINE_MONEY_FIELDS;

function unsafe(value: number | undefined): boolean {
  return value !== undefined && !Number.isSafeInteger(value);
}

/**
 * Figures too large to hold exactly (a garbled `1,2341,234,…` read as won) are dropped from the
 * line with a warning, so what remains is exact and the report always validates.
 */
function sanitizeLine(line: BudgetLine, collected: Collected): void {
  const dropped: string[] = [];
  for (const field of MONEY_FIELDS) {
    if (unsafe(line[field])) {
      dropped.push(field);
      delete line[field];
    }
  }
  for (const funding of [line.funding, line.spentFunding]) {
    if (!funding) continue;
    for (const [source, value] of Object.entries(funding)) {
      if (unsafe(value)) {
        dropped.push(source);
        delete funding[source as keyof typeof funding];
      }
    }
  }
  if (line.range && (unsafe(line.range.min) || unsafe(line.range.max))) {
    dropped.push('range');
    delete line.range;
  }
  if (line.statedRates) {
    for (const [rate, value] of Object.entries(line.statedRates)) {
      if (!Number.isFinite(value)) delete line.statedRates[rate as keyof typeof line.statedRates];
    }
  }
  if (dropped.length > 0) {
    warn(collected, line.source.line, {
      ko: `금액이 너무 커서 정확히 읽을 수 없어 뺐습니다: ${line.project}`,
      en: `an amount too large to read exactly was left out: ${line.project}`,
    });
  }
}

function sanitizePersonnel(row: PersonnelRow): void {
  for (const field of ['authorized', 'current', 'surplus'] as const) {
    if (unsafe(row[field])) delete row[field];
  }
}

export function sanitize(collected: Collected, personnel: PersonnelRow[]): void {
  for (const line of collected.lines) sanitizeLine(line, collected);
  for (const row of personnel) sanitizePersonnel(row);
}
