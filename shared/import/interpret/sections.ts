import type { DocumentKind } from '../../model/report';
import { compact } from '../../text/compact';

export interface Section {
  fiscalYear: number;
  kind: DocumentKind;
}

const SECTION =
  /^(?:(\d{4})년도?|['‘’](\d{2})년도?)(?:주요)?(?:업무|사업)?(?:추진)?(실적|계획|보고|업무보고|업무계획)(?:및(?:\d{4}년도?)?(?:주요)?(?:업무)?(?:추진)?(?:실적|계획))?(?:\(.*\))?$/;

function kindOf(word: string): DocumentKind {
  return /계획/.test(word) ? 'plan' : 'report';
}

/**
 * A section title naming its fiscal year and kind: `2021년도 주요업무 계획`, `2024년 추진실적`,
 * `2025년 주요업무 계획`, `'24년 주요업무 추진실적`. Null for anything else.
 */
export function readSectionTitle(text: string): Section | null {
  if (text.length > 60 || !/년/.test(text)) return null;
  // `Ⅱ.`, and `a.`/`B.` (a font that maps its Roman numerals to letters) before the title
  const word = compact(text).replace(/^(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVX]+\.?|[A-Za-z]\.)/, '');
  if (word.length > 30) return null;
  const match = SECTION.exec(word);
  if (!match) return null;
  const fiscalYear = match[1] ? Number(match[1]) : 2000 + Number(match[2]);
  if (fiscalYear < 1990 || fiscalYear > 2100) return null;
  return { fiscalYear, kind: kindOf(match[3]!) };
}

/** Sub-section labels inside a project (사업개요, 추진실적, 향후계획…): never a project's name. */
const STANDARD_LABEL =
  /^(?:\d{4}년?)?(?:사업개요|사업개념|사업목적|추진목적|추진개요|운영개요|사업내용|주요내용|추진내용|세부추진계획|세부추진내용|추진계획|향후추진계획|향후계획|추진실적|주요실적|추진성과|성과|추진근거|사업근거|근거|추진방향|추진배경|배경|추진경과|경과|추진일정|일정|추진체계|운영절차|추진절차|기대효과|효과|소요예산|사업비|예산|문제점|개선방안|개선사항|향후과제|현황|일반현황|조직|인력|인력현황|예산현황|주요기능|비전|추진전략|목표|정책목표|참고|붙임|기타|사업기간|사업대상|사업위치|운영현황|추진현황|현안및대책|주요현안|당면현안|현안사항|현안|대책|문제점및대책|추진상황|추진사항|추진상황및향후계획|현안및대응방향|대응방향|향후일정|사업효과|사업목적|사업명|사업기간|공모기간|주관부처|사업대상|지원대상|지원내용|사업규모|사업위치|사업장소|행사개요|행사명|수행기관|유관기관|협력기관|참고자료|예산현황|재정현황|세입현황|세출현황|기금현황)/;

/** `2025년도 운영계획`, `’25년 추진계획`: an outline label for the year, not a project */
const YEAR_PLAN = /^(?:\d{4}|['‘’]?\d{2})년도?(?:운영|세부|연간|사업)?(?:계획|현황|실적|일정)$/;

/**
 * A label is a whole word (or words) of its own, followed by nothing, a parenthesis, a date or
 * punctuation, or joined to another by 및/와/과/등 (`추진상황 및 향후계획`, `정책목표와 추진전략`).
 * A name that merely starts like one (`비전투어 시즌2`, `인력양성 강화`, `예산학교 운영`) is none.
 */
const LABEL_WORD = new RegExp(
  `${STANDARD_LABEL.source}(?:$|[^가-힣]|및|(?:와|과|등)(?:$|[^가-힣]))`,
);

/** `보상개요`, `공사개요(’24.~)`: a short word ending in 개요 outlines the item above it. */
const OUTLINE = /^[가-힣]{1,6}개요(?:$|[^가-힣])/;

export function isStandardLabel(text: string): boolean {
  const words = text
    .replace(/[:：].*$/, '')
    .trim()
    .split(/\s+/);
  const word = compact(words.join(''));
  let joined = '';
  let label = false;
  for (const next of words) {
    joined += compact(next);
    if (LABEL_WORD.test(joined)) label = true;
  }
  return label || /현황$/.test(word) || YEAR_PLAN.test(word) || OUTLINE.test(word);
}
