import type { PackInput } from '../../shared/print/pack-types';
import type { PackArgs } from './args';
import type { ReadReport } from './read-reports';

const today = (now = new Date()) =>
  `${now.getFullYear()}. ${now.getMonth() + 1}. ${now.getDate()}.`;

/** The pack the CLI prints: every department of every report, all findings, no notes. */
export function packInputFromReports(reports: readonly ReadReport[], args: PackArgs): PackInput {
  // the cover names the latest report's council and session
  const first = [...reports]
    .map(({ report }) => report.document)
    .sort((a, b) => Math.max(0, ...b.fiscalYears) - Math.max(0, ...a.fiscalYears))[0];
  const documents = reports.map(({ file, report }, index) => ({
    id: index + 1,
    meta: report.document,
    fileName: file,
  }));
  return {
    pack: {
      title: args.title ?? `${first?.council ?? ''} 브리핑 자료`.trim(),
      council: args.council ?? first?.council,
      session: args.session ?? first?.session,
      date: today(),
      preparedBy: args.preparedBy,
      departments: args.departments,
      includeFindings: true,
      includeNotes: false,
    },
    documents,
    lines: reports.flatMap(({ report }, index) =>
      report.lines.map((line) => ({ ...line, documentId: index + 1 })),
    ),
    personnel: reports.flatMap(({ report }, index) =>
      report.personnel.map((row) => ({ ...row, documentId: index + 1 })),
    ),
    findings: reports.flatMap(({ report }, index) =>
      report.findings.map((finding) => ({ ...finding, documentId: index + 1 })),
    ),
    notes: [],
  };
}
