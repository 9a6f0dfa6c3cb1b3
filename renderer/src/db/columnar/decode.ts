/** ColumnarChunk → lines: columns expanded to plain arrays, then one fixed-shape literal per line. */
import type { StoredLine } from '../api';
import { expandNumbers, expandText } from './columns';
import type { ColumnarChunk } from './encode';

export function decodeColumnar(chunk: ColumnarChunk, documentId: number): StoredLine[] {
  const { count, present, extras } = chunk;
  const none: readonly unknown[] = new Array<unknown>(count).fill(undefined);
  const n = (name: string) => expandNumbers(chunk.numbers[name], count, none);
  const t = (name: string) => expandText(chunk.texts[name], count, none);
  const [key, bureau, department, project, parentKey, category, leadDepartment, statedUnit] = [
    t('key'),
    t('bureau'),
    t('department'),
    t('project'),
    t('parentKey'),
    t('category'),
    t('leadDepartment'),
    t('statedUnit'),
  ];
  const [noBudget, approximate, fromSentence] = [
    t('noBudget'),
    t('approximate'),
    t('fromSentence'),
  ];
  const [fiscalYear, budget, originalBudget, supplementary, carriedOver, currentBudget] = [
    n('fiscalYear'),
    n('budget'),
    n('originalBudget'),
    n('supplementary'),
    n('carriedOver'),
    n('currentBudget'),
  ];
  const [previousBudget, requiredBudget, obligated, spent, projectedSpend, collected] = [
    n('previousBudget'),
    n('requiredBudget'),
    n('obligated'),
    n('spent'),
    n('projectedSpend'),
    n('collected'),
  ];
  const [national, city, province, district, fund, specialGrant, other] = [
    n('funding.national'),
    n('funding.city'),
    n('funding.province'),
    n('funding.district'),
    n('funding.fund'),
    n('funding.specialGrant'),
    n('funding.other'),
  ];
  const [execution, obligation, projected, change] = [
    n('statedRates.execution'),
    n('statedRates.obligation'),
    n('statedRates.projected'),
    n('statedRates.change'),
  ];
  const [sourceLine, sourceText, min, max] = [
    n('source.line'),
    t('source.text'),
    n('range.min'),
    n('range.max'),
  ];
  const {
    funding: hasFunding,
    statedRates: hasRates,
    source: hasSource,
    range: hasRange,
  } = present;

  const out = new Array<StoredLine>(count);
  for (let i = 0; i < count; i++) {
    const line = {
      documentId,
      key: key[i],
      fiscalYear: fiscalYear[i],
      bureau: bureau[i],
      department: department[i],
      project: project[i],
      parentKey: parentKey[i],
      category: category[i],
      leadDepartment: leadDepartment[i],
      noBudget: noBudget[i],
      approximate: approximate[i],
      fromSentence: fromSentence[i],
      statedUnit: statedUnit[i],
      range: hasRange?.[i] ? { min: min[i], max: max[i] } : undefined,
      budget: budget[i],
      originalBudget: originalBudget[i],
      supplementary: supplementary[i],
      carriedOver: carriedOver[i],
      currentBudget: currentBudget[i],
      previousBudget: previousBudget[i],
      requiredBudget: requiredBudget[i],
      obligated: obligated[i],
      spent: spent[i],
      projectedSpend: projectedSpend[i],
      collected: collected[i],
      funding: hasFunding?.[i]
        ? {
            national: national[i],
            city: city[i],
            province: province[i],
            district: district[i],
            fund: fund[i],
            specialGrant: specialGrant[i],
            other: other[i],
          }
        : undefined,
      statedRates: hasRates?.[i]
        ? {
            execution: execution[i],
            obligation: obligation[i],
            projected: projected[i],
            change: change[i],
          }
        : undefined,
      source: hasSource?.[i] ? { line: sourceLine[i], text: sourceText[i] } : undefined,
    };
    const extra = extras?.[i];
    out[i] = (extra ? Object.assign(line, extra) : line) as unknown as StoredLine;
  }
  return out;
}
