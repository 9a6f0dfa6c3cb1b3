import { normalizeName } from '../model/line-key';
import type { DocumentMeta } from '../model/report';

const LOCAL_GOVERNMENT = /^[가-힣○]{1,10}(?:특별시|광역시|특별자치시|특별자치도|도|시|군|구)$/;

/**
 * The local government that issued the document (`한빛구`): the organisation the cover names when
 * it is one, else the government whose council it was reported to (`한빛구의회` → `한빛구`: a
 * department reports to its own council), else whatever organisation the cover gave.
 */
export function issuingBody(meta: DocumentMeta): string | undefined {
  const organization = meta.organization ? normalizeName(meta.organization) : undefined;
  if (organization && LOCAL_GOVERNMENT.test(organization)) return organization;
  const council = meta.council ? /^(.+?)의회$/.exec(normalizeName(meta.council))?.[1] : undefined;
  if (council && LOCAL_GOVERNMENT.test(council)) return council;
  return organization;
}

/** What part of a document a fiscal year is: its results (a report) or its plan. */
export type DocumentPart = 'plan' | 'report' | 'unknown';

const YEAR = /(?:(\d{4})\s*년|['‘’](\d{2})\s*년)/;

/** `2025년 … 추진실적 및 2026년 … 계획`: the years the title names, each with its kind. */
function yearsInTitle(title: string): Map<number, DocumentPart> {
  const found = new Map<number, DocumentPart>();
  for (const clause of title.split(/\s*(?:및|,|·|ㆍ)\s*/)) {
    const match = YEAR.exec(clause);
    if (!match) continue;
    const year = match[1] ? Number(match[1]) : 2000 + Number(match[2]);
    const kind: DocumentPart = /계획/.test(clause)
      ? 'plan'
      : /실적|보고|결과|현황/.test(clause)
        ? 'report'
        : 'unknown';
    if (kind !== 'unknown') found.set(year, kind);
  }
  return found;
}

/**
 * Whether a document covers a year in full: its title names that year (`2025년 … 계획`), or names
 * no year at all. A `2026년` column in a 2025 plan is an outlook for a few projects, not a 2026 plan.
 */
export function coversYear(meta: DocumentMeta, fiscalYear: number): boolean {
  const named = yearsInTitle(meta.title);
  return named.size === 0 || named.has(fiscalYear);
}

/** The year a document was written, from its date ('2020. 10.', '2020-10-05'). */
function dateYear(date: string | undefined): number | undefined {
  const match = date ? /^\s*(\d{4})/.exec(date) : null;
  return match ? Number(match[1]) : undefined;
}

/**
 * Whether a year of a document is reported (results, budgets in force) or planned: the title's
 * word for that year (`2025년 추진실적 및 2026년 계획`), else the document's kind — a plan plans its
 * latest year and reports the years before it (`2024년 집행현황` tables in a 2025 plan); a year
 * after the one the document was written in is planned whatever the document's kind.
 */
export function documentPart(meta: DocumentMeta, fiscalYear: number): DocumentPart {
  const named = yearsInTitle(meta.title).get(fiscalYear);
  if (named) return named;
  // a report dated 2020. 10. cannot report 2021's results: its 2021 figures are a plan (예산안)
  const written = dateYear(meta.date);
  if (written !== undefined && fiscalYear > written) return 'plan';
  if (meta.kind === 'plan') {
    const latest = Math.max(...meta.fiscalYears, fiscalYear);
    return fiscalYear === latest ? 'plan' : 'report';
  }
  if (meta.kind === 'report') return 'report';
  return 'unknown';
}

/**
 * The year a document is mainly about: the latest year of the part its kind names (a plan's plan
 * year, a report's reported year), else its latest year.
 */
export function primaryYear(meta: DocumentMeta): number | undefined {
  const years = [...meta.fiscalYears].sort((a, b) => a - b);
  const wanted = meta.kind === 'plan' ? 'plan' : meta.kind === 'report' ? 'report' : undefined;
  const matching = wanted ? years.filter((year) => documentPart(meta, year) === wanted) : [];
  return matching.at(-1) ?? years.at(-1);
}

const same = (a: string | undefined, b: string | undefined) =>
  (a === undefined || a === '' ? '' : normalizeName(a)) ===
  (b === undefined || b === '' ? '' : normalizeName(b));

/** Both documents come from one local government (known on both sides). */
export function sameOrganization(a: DocumentMeta, b: DocumentMeta): boolean {
  if (a.sha256 === b.sha256) return true;
  const left = issuingBody(a);
  const right = issuingBody(b);
  return left !== undefined && right !== undefined && left === right;
}

/** Both documents cover the same office: the same bureau and the same department (or none). */
export function sameOffice(a: DocumentMeta, b: DocumentMeta): boolean {
  if (a.sha256 === b.sha256) return true;
  return same(a.bureau, b.bureau) && same(a.department, b.department);
}
