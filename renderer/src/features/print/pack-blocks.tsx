import type { PersonnelRow } from '@shared/model/report';
import { printFigure } from '@shared/print/figures';
import { totalSurplus } from '@shared/print/personnel-total';
import { noteCells, sectionSummaryText } from '@shared/print/section-summary';
import type { PackModel, PackSection } from '@shared/print/pack-types';
import { comparisonTable } from './comparison-table';
import { findingsTable } from './findings-table';
import type { PrintBlock, PrintSpec, PrintTable } from './print-spec';
import { councilAndSession } from '@i18n/council-session';

function heading(id: string, text: string, breakBefore = false): PrintBlock {
  return {
    kind: 'block',
    id,
    breakBefore,
    keepWithNext: true,
    node: breakBefore ? (
      <h2 className="print-heading">{text}</h2>
    ) : (
      <h3 className="print-subheading">{text}</h3>
    ),
  };
}

function paragraph(id: string, text: string): PrintBlock {
  return { kind: 'block', id, node: <p className="print-paragraph">{text}</p> };
}

function personnelTable(rows: readonly PersonnelRow[]): PrintTable {
  const isTotal = (row: PersonnelRow) =>
    /^(계|합계|소계|총계)$/.test((row.grade ?? '').replace(/\s/g, ''));
  const body = rows.filter((row) => !isTotal(row));
  const sum = (pick: (row: PersonnelRow) => number | undefined) =>
    body.some((row) => pick(row) !== undefined)
      ? body.reduce((t, r) => t + (pick(r) ?? 0), 0)
      : null;
  const surplus = (row: PersonnelRow) =>
    row.surplus ??
    (row.current !== undefined && row.authorized !== undefined
      ? row.current - row.authorized
      : undefined);
  return {
    unit: '(단위: 명)',
    columns: [
      { label: '직급', width: 25 },
      { label: '정원', width: 15, numeric: true },
      { label: '현원', width: 15, numeric: true },
      { label: '과부족', width: 15, numeric: true },
      { label: '비고', width: 30 },
    ],
    rows: body.map((row) => ({
      cells: [
        row.grade ?? '',
        printFigure(row.authorized, 'count'),
        printFigure(row.current, 'count'),
        printFigure(surplus(row), 'count'),
        row.notes ?? '',
      ],
    })),
    foot: [
      '계',
      printFigure(
        sum((r) => r.authorized),
        'count',
      ),
      printFigure(
        sum((r) => r.current),
        'count',
      ),
      printFigure(
        totalSurplus(
          sum((r) => r.authorized),
          sum((r) => r.current),
          sum(surplus),
        ),
        'count',
      ),
      '',
    ],
    empty: '인력 현황 자료가 없습니다.',
  };
}

function sectionBlocks(section: PackSection, index: number): PrintBlock[] {
  const id = section.id;
  const title = `${index + 1}. ${section.department}${section.bureau ? ` (${section.bureau})` : ''}`;
  const notes: PrintTable = {
    unit: '(메모·질의)',
    columns: [
      { label: '사업명', width: 24 },
      { label: '구분', width: 11 },
      { label: '내용', width: 53 },
      { label: '상태', width: 12 },
    ],
    // the app's own words for kinds and states (미답변, not a print-only 미결)
    rows: section.notes.map((note) => ({ cells: noteCells(note) })),
    empty: '작성한 메모가 없습니다.',
  };
  const budget = comparisonTable(section.budget, { withGroup: false });
  const flagged = findingsTable(
    section.flagged.map((f) => ({ label: f.project, finding: f.finding })),
    '사업명',
  );
  return [
    heading(id, title, true),
    // the domain's sentence: only figures the documents state, each change naming both figures
    paragraph(`${id}-summary`, sectionSummaryText(section).ko),
    ...part(`${id}-personnel`, '가. 인력 현황', personnelTable(section.personnel), '자료 없음'),
    ...part(`${id}-budget`, '나. 예산 현황', budget, '자료 없음'),
    ...part(`${id}-flagged`, '다. 검토 지적 사항', flagged, '없음'),
    ...part(`${id}-notes`, '라. 메모 및 질의', notes, '없음'),
  ];
}

/**
 * A part of a section: its heading and table, or, with nothing in it, the heading saying so on
 * one line ('다. 검토 지적 사항: 없음'), so empty parts do not spill a section onto a page of its own.
 */
function part(id: string, title: string, table: PrintTable, none: string): PrintBlock[] {
  if (table.rows.length === 0)
    return [
      {
        kind: 'block',
        id: `${id}-h`,
        node: <h3 className="print-subheading">{`${title}: ${none}`}</h3>,
      },
    ];
  return [heading(`${id}-h`, title), { kind: 'table', id, table }];
}

function cover(model: PackModel): PrintBlock {
  const { cover } = model;
  return {
    kind: 'block',
    id: 'cover',
    bare: true,
    node: (
      <div className="print-cover">
        {cover.council && <p className="print-cover-council">{cover.council}</p>}
        <h1>{cover.title}</h1>
        {cover.session && <p className="print-cover-council">{cover.session}</p>}
        <dl>
          <dt>작성일</dt>
          <dd>{cover.date || '-'}</dd>
          <dt>작성자</dt>
          <dd>{cover.preparedBy || '-'}</dd>
          <dt>대상 자료</dt>
          <dd>{cover.documents.join(', ') || '-'}</dd>
        </dl>
      </div>
    ),
  };
}

/** The briefing pack as printable blocks: cover, contents, a section per department, the appendix. */
export function packSpec(model: PackModel): PrintSpec {
  const appendixId = 'appendix';
  const contents: PrintTable = {
    variant: 'contents',
    columns: [
      { label: '항목', width: 85 },
      { label: '쪽', width: 15, numeric: true },
    ],
    rows: [
      ...model.sections.map((section, index) => ({
        cells: [`${index + 1}. ${section.department}`, ''],
        pageRef: section.id,
      })),
      ...(model.appendix.length > 0
        ? [{ cells: ['부록. 전체 지적 사항', ''], pageRef: appendixId }]
        : []),
    ],
  };
  const blocks: PrintBlock[] = [
    cover(model),
    heading('contents-h', '목 차', true),
    { kind: 'table', id: 'contents', table: contents },
    ...model.sections.flatMap(sectionBlocks),
  ];
  if (model.appendix.length > 0)
    blocks.push(heading(appendixId, '부록. 전체 지적 사항', true), {
      kind: 'table',
      id: 'appendix-table',
      table: findingsTable(
        model.appendix.map((entry) => ({ label: entry.documentTitle, finding: entry.finding })),
        '문서',
      ),
    });
  return {
    title: model.cover.title,
    orientation: 'portrait',
    header: {
      left: councilAndSession(model.cover.council, model.cover.session, ' · '),
      right: model.cover.title,
    },
    blocks,
  };
}
