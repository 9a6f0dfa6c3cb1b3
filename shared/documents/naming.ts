import type { LocalizedText } from '../model/localized-text';
import { normalizeName } from '../model/line-key';
import type { DocumentKind, DocumentMeta } from '../model/report';
import { issuingBody } from './identity';

const KIND: Record<DocumentKind, LocalizedText | undefined> = {
  plan: { ko: '계획', en: 'plan' },
  report: { ko: '보고', en: 'report' },
  other: { ko: '기타', en: 'other' },
  unknown: undefined,
};

export interface DocumentName {
  /** 한빛구 › 주민복지국 › 2025년 주요업무 추진실적 및 2026년 주요업무 계획 › 2025~2026년 (보고) */
  text: LocalizedText;
  /** organisation, bureau, department, title, years (kind): the parts that are known, in order */
  parts: string[];
  /** the issuing organisation, bureau and department that are known: the name's leading parts */
  offices: string[];
  /** what a tooltip shows: the file the document was read from */
  hover?: string;
}

/** '2025년', '2025~2026년', '2023·2025년' (years that do not follow each other). */
export function yearsLabel(years: readonly number[]): LocalizedText | undefined {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  if (sorted.length === 1) return { ko: `${sorted[0]}년`, en: `FY${sorted[0]}` };
  const consecutive = sorted.every((year, i) => i === 0 || year === sorted[i - 1]! + 1);
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  return consecutive
    ? { ko: `${first}~${last}년`, en: `FY${first}–${last}` }
    : { ko: `${sorted.join('·')}년`, en: `FY${sorted.join(', ')}` };
}

/**
 * How the app names a document everywhere: organisation › bureau › department › title › year
 * (kind), leaving out what is unknown or repeats the part before it; the file name on hover.
 * Two plans of one city titled alike differ by their bureau and department.
 */
export function documentName(meta: DocumentMeta, fileName?: string): DocumentName {
  const offices: string[] = [];
  for (const part of [issuingBody(meta), meta.bureau, meta.department]) {
    if (!part) continue;
    const id = normalizeName(part);
    if (offices.some((seen) => normalizeName(seen) === id)) continue;
    offices.push(part);
  }
  const title = meta.title.trim() || fileName || '';
  const years = yearsLabel(meta.fiscalYears);
  const kind = KIND[meta.kind];
  const tail = (language: 'ko' | 'en') =>
    [years?.[language], kind ? `(${kind[language]})` : undefined].filter(Boolean).join(' ');
  const parts = [...offices, title, tail('ko')].filter((part) => part !== '');
  const partsEn = [...offices, title, tail('en')].filter((part) => part !== '');
  const name: DocumentName = {
    text: { ko: parts.join(' › '), en: partsEn.join(' › ') },
    parts,
    offices,
  };
  if (fileName) name.hover = fileName;
  return name;
}
