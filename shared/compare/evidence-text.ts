import type { DocumentPart } from '../documents/identity';
import { basesLabel } from '../figures/labels';
import type { FigureBasis } from '../figures/meaning';
import type { LocalizedText } from '../model/localized-text';
import type { Comparison } from './types';

const PART: Record<DocumentPart, LocalizedText | undefined> = {
  plan: { ko: '계획', en: 'plan' },
  report: { ko: '실적', en: 'results' },
  unknown: undefined,
};

function sideText(
  year: number | undefined,
  part: DocumentPart,
  bases: readonly FigureBasis[],
): LocalizedText {
  const what = basesLabel(bases);
  const kind = PART[part];
  const ko = [year === undefined ? '' : `${year}년`, kind?.ko ?? ''].filter(Boolean).join(' ');
  const en = [year === undefined ? '' : `FY${year}`, kind?.en ?? ''].filter(Boolean).join(' ');
  return { ko: `${ko}(${what.ko})`.trim(), en: `${en} (${what.en})`.trim() };
}

/**
 * What the reader must know before trusting a comparison's conclusions, as one sentence: whether
 * both sides are one organisation's one office (or one document), which part (plan or results)
 * and which field each side's figures are, and therefore whether a project on one side only is
 * called 종료/신규 or only "not in the other document". Undefined for a one-document view.
 */
export function comparisonEvidenceText(comparison: Comparison): LocalizedText | undefined {
  const { evidence } = comparison;
  if (!evidence || comparison.kind === 'departments') return undefined;
  const bases = comparison.bases ?? { before: [], after: [] };
  const years = comparison.years ?? {};
  const before = sideText(years.before, evidence.before, bases.before);
  const after = sideText(years.after, evidence.after, bases.after);
  const who: LocalizedText = evidence.sameDocument
    ? { ko: '같은 문서', en: 'One document' }
    : evidence.sameOrganization && evidence.sameOffice
      ? { ko: '같은 기관·같은 부서의 두 문서', en: 'Two documents of one organisation and office' }
      : !evidence.sameOrganization
        ? {
            ko: '기관이 다른(또는 알 수 없는) 두 문서',
            en: 'Documents of different (or unknown) organisations',
          }
        : {
            ko: '같은 기관의 다른 부서 문서',
            en: 'Documents of different offices of one organisation',
          };
  // plan against results never concludes from absence (the rows are built that way too)
  const concludes = evidence.concludes && comparison.kind === 'year-over-year';
  const why: LocalizedText =
    comparison.kind === 'plan-vs-results'
      ? { ko: '계획과 실적을 맞대어 보므로', en: 'Plan is set against results, so' }
      : !evidence.sameKind
        ? {
            ko: '자료의 종류(계획·실적)가 달라',
            en: 'The two sides are of different kinds (plan, results), so',
          }
        : {
            ko: '기관·부서가 같다고 확인되지 않아',
            en: 'The organisation and office are not known to be the same, so',
          };
  const absence: LocalizedText =
    evidence.sameDocument && evidence.bothYearsCovered === false
      ? {
          ko: '문서가 한 해만 다루므로 다른 해의 금액이 없는 사업에는 종료·신규나 자료에 없음을 표시하지 않습니다.',
          en: 'The document covers one of the years only, so a project with no figure for the other year is not marked ended, new or missing.',
        }
      : concludes
        ? {
            ko: '한쪽에만 있는 사업은 종료·신규로 표시합니다.',
            en: 'A project on one side only is shown as ended or new.',
          }
        : {
            ko: `${why.ko} 한쪽에만 있는 사업은 종료·신규가 아니라 "이후 자료에 없음"·"이전 자료에 없음"으로만 표시합니다.`,
            en: `${why.en} a project on one side only is shown as "not in the later/earlier document", not as ended or new.`,
          };
  return {
    ko: `비교 근거: ${who.ko}, ${before.ko} 대 ${after.ko}. ${absence.ko}`,
    en: `Basis: ${who.en}; ${before.en} against ${after.en}. ${absence.en}`,
  };
}
