import { lineKey } from '../../../shared/model/line-key';
import type { BudgetLine, Finding } from '../../../shared/model/report';

let sourceLine = 1;

/** An invented expenditure line; money in won. */
export function line(
  fiscalYear: number,
  department: string,
  project: string,
  figures: Partial<BudgetLine> = {},
): BudgetLine {
  return {
    key: lineKey({ fiscalYear, department, project }),
    fiscalYear,
    department,
    project,
    category: 'expenditure',
    source: { line: sourceLine++, text: `${project}\t${figures.currentBudget ?? ''}` },
    ...figures,
  };
}

export function finding(target: BudgetLine, code = 'rate-mismatch'): Finding {
  return {
    severity: 'error',
    code,
    message: { ko: '집행률이 계산값과 다릅니다', en: 'Execution rate disagrees' },
    lineKey: target.key,
    source: target.source,
  };
}
