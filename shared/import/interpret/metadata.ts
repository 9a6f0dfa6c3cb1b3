import type { DocumentKind, DocumentMeta } from '../../model/report';
import { tidySpaces } from '../../text/compact';
import type { Block } from '../blocks/types';
import { localGovernmentOf, splitOffices, withoutLocalGovernment } from './names';
import { readSectionTitle } from './sections';

const TITLE = /주요\s*업무|업무\s*(?:보고|계획)|추진\s*실적|사업\s*계획|업무\s*현황|현안\s*보고/;
const SESSION =
  /제\s*\d{2,4}\s*회\s*(?:[^\s(（]*?(?:의회)\s*)?[(（]?\s*(?:제\s*\d+\s*차\s*)?(?:정례회|임시회)(?:\s*제\s*\d+\s*차\s*(?:본회의|회의))?[)）]?/;
const COUNCIL = /([가-힣○]{1,12}(?:특별시|광역시|특별자치시|특별자치도|도|시|군|구)의회)/;
const DATE =
  /^(?:(\d{4})\s*\.\s*(\d{1,2})\s*\.(?:\s*(\d{1,2})\s*\.)?|(\d{4})\s*년\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?)(?:\s*\(\s*[월화수목금토일]\s*\))?(?:\s*\.?\s*\d{1,2}\s*:\s*\d{2})?$/;
/** a cover line that is only the year, with the title on the next line: `2025년도`, `- 2025년도 -` */
const YEAR_LINE = /^[-–—(（<\s]*(\d{4})\s*년\s*도?[-–—)）>\s]*$/;
const HEADER_BLOCKS = 25;
/** `(2014. 8월(누계) 기준/잠정)`, `2024.9.30. 기준`, `2025년 3월말 기준`: the date the figures are as of */
const AS_OF = /^[(（<[]?\s*(\d{4})\s*(?:\.|년)\s*\d{1,2}\s*(?:\.|월).{0,24}기준/;

export type HeaderMeta = Omit<DocumentMeta, 'sha256' | 'fiscalYears'> & {
  fiscalYear?: number;
  /** the year of a cover line that dates the figures: `(2014. 8월(누계) 기준/잠정)` */
  asOfYear?: number;
};

function textOf(block: Block): string | null {
  if (block.kind === 'heading' || block.kind === 'paragraph')
    return tidySpaces(block.text.replace(/^#+\s*/, ''));
  if (block.kind === 'list') return tidySpaces(block.text);
  return null;
}

function kindOfTitle(title: string): DocumentKind {
  if (/계획/.test(title)) return 'plan';
  if (/보고|실적/.test(title)) return 'report';
  return 'unknown';
}

type Writer = Pick<HeaderMeta, 'organization' | 'bureau' | 'department'>;

/**
 * Who wrote the report: `도시재생과`, or `새솔시 도시재생과` / `한결도 기획조정실` / `푸른군 경제국
 * 일자리과` (the local government first, then its bureau and department). Null when not a name.
 */
function readWriter(text: string): Writer | null {
  const offices = splitOffices(withoutLocalGovernment(text));
  if (!offices) return null;
  const writer: Writer = { ...offices };
  writer.organization = localGovernmentOf(text) ?? offices.department ?? offices.bureau;
  return writer;
}

/** `행정문화위원회` alone: the council's committee the report goes to, not who wrote it. */
function isCommitteeOnly(writer: Writer, text: string): boolean {
  return !writer.department && !!writer.bureau?.endsWith('위원회') && !localGovernmentOf(text);
}

/** Offices inside a local government; `…교육청` and the like issue their own reports. */
const INTERNAL_OFFICE = /(?:국|실|과|관|단|팀|본부|위원회|센터|사업소)$/;

/**
 * The issuing local government when the cover names only the office (`주민복지국`): the one whose
 * council the report goes to (`한빛구의회` → `한빛구`).
 */
function organizationFromCouncil(meta: HeaderMeta): string | undefined {
  const government = meta.council?.replace(/의회$/, '');
  if (!government || government === meta.council) return undefined;
  const fallback = meta.organization;
  if (
    fallback &&
    (fallback !== (meta.department ?? meta.bureau) || !INTERNAL_OFFICE.test(fallback))
  )
    return undefined;
  return government;
}

/** `주 요 업 무 계 획` → `주요업무계획`: a line of single letters spaced out is one word. */
function letterSpacedTogether(text: string): string {
  const parts = text.split(' ');
  return parts.length > 2 && parts.every((part) => [...part].length === 1) ? parts.join('') : text;
}

/**
 * The title with the year the cover printed on the line above it (`2025년도` / `주요 업무계획`
 * → `2025년도 주요 업무계획`), so the title names its year as the cover does; a title that states
 * a year of its own keeps it.
 */
function withYearLine(title: string, yearLine: string | undefined): string {
  const year = yearLine ? YEAR_LINE.exec(yearLine)?.[1] : undefined;
  if (!year || /\d{4}\s*년/.test(title)) return title;
  return `${year}년도 ${title}`;
}

/**
 * What the cover page says: title, council and sitting, date, the organisation that wrote it.
 * Reads only the first blocks, before the body starts (first table or Ⅰ. heading). A committee
 * line (`행정문화위원회`) above the office's name is the audience, not the writer.
 */
export function readHeader(blocks: readonly Block[]): HeaderMeta {
  const meta: HeaderMeta = { title: '', kind: 'unknown' };
  let fallbackTitle = '';
  let committee: Writer | undefined;
  let yearLine: string | undefined;
  for (const block of blocks.slice(0, HEADER_BLOCKS)) {
    if (block.kind === 'table') break;
    if (block.kind === 'heading' && block.marker === 'roman') break;
    let text = textOf(block);
    if (!text) continue;
    const session = SESSION.exec(text);
    if (session && !meta.session) {
      meta.session = tidySpaces(session[0]);
      const council = COUNCIL.exec(text);
      if (council) meta.council = council[1]!;
      // `다온구의회 제290회 제2차 정례회`: the council written first belongs to the session
      if (council && council.index < session.index)
        meta.session = tidySpaces(text.slice(council.index, session.index + session[0].length));
      continue;
    }
    const date = DATE.exec(text);
    if (date && !meta.date) {
      meta.date = text;
      continue;
    }
    const asOf = AS_OF.exec(text);
    if (asOf && meta.asOfYear === undefined) {
      meta.asOfYear = Number(asOf[1]);
      continue;
    }
    if (!meta.title && !yearLine && YEAR_LINE.test(text)) {
      yearLine = text;
      continue;
    }
    // a letter-spaced title (`주 요 업 무 계 획`) is the title too
    if (!meta.title && TITLE.test(letterSpacedTogether(text)) && text.length <= 60) {
      meta.title = withYearLine(letterSpacedTogether(text), yearLine);
      text = meta.title;
      const section = readSectionTitle(text);
      if (section) meta.fiscalYear = section.fiscalYear;
      // `(2025년도) 주요 업무 추진 계획`, `- 2025년도 - 주요업무계획`: the year written apart
      const year = /(?:^|[^\d])(\d{4})\s*년/.exec(text);
      if (!section && year && Number(year[1]) >= 1990 && Number(year[1]) <= 2100)
        meta.fiscalYear = Number(year[1]);
      meta.kind = section?.kind ?? kindOfTitle(text);
      continue;
    }
    const writer = !meta.organization && block.kind !== 'list' ? readWriter(text) : null;
    if (writer && isCommitteeOnly(writer, text)) {
      committee ??= writer;
      continue;
    }
    if (writer) {
      Object.assign(meta, writer);
      continue;
    }
    if (!fallbackTitle && text.length >= 4 && text.length <= 60 && !/^\d/.test(text))
      fallbackTitle = text;
  }
  if (!meta.title) meta.title = fallbackTitle;
  // a body named 위원회 with no other office on its cover wrote the report itself
  if (!meta.organization && committee) Object.assign(meta, committee);
  if (!meta.council) {
    for (const block of blocks.slice(0, HEADER_BLOCKS)) {
      const council = COUNCIL.exec(textOf(block) ?? '');
      if (council) {
        meta.council = council[1]!;
        break;
      }
    }
  }
  const government = organizationFromCouncil(meta);
  if (government) meta.organization = government;
  return meta;
}

/**
 * The fiscal year a report is about when its title does not say: the date's year, or the next
 * one for a plan presented in the autumn (a plan in November is next year's; one in February is
 * this year's).
 */
export function fiscalYearFromDate(
  date: string | undefined,
  kind: DocumentKind,
): number | undefined {
  const match = date ? /(\d{4})\s*(?:\.\s*|년\s*)?(\d{1,2})?/.exec(date) : null;
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : 12;
  return kind === 'plan' && month >= 7 ? year + 1 : year;
}
