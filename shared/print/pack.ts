import { issuingBody } from '../documents/identity';
import { documentName } from '../documents/naming';
import { normalizeName } from '../model/line-key';
import { countedOnce } from '../model/personnel-rows';
import type { DocumentMeta, Finding } from '../model/report';
import { departmentBudget } from './department-budget';
import type { PackInput, PackModel, PackNote, PackSection } from './pack-types';
import { findingSubject, sectionFindings } from './section-findings';
import { statedDepartmentTotal } from './section-summary';

export { departmentBudget } from './department-budget';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

interface SectionKey {
  id: string;
  name: string;
  bureau?: string;
  organization?: string;
}

/**
 * Departments in the order the pack asks for, else in the order the documents list them; one
 * section per organisation and department, so two councils' 복지정책과 are never added together.
 */
function departmentsOf(
  input: PackInput,
  organizationOf: OrganizationOf,
  sectionName: SectionNameOf,
): SectionKey[] {
  const found = new Map<string, SectionKey>();
  const add = (name: string, documentId: number, bureau?: string) => {
    const organization = organizationOf(documentId);
    const id = sectionId(organization, name);
    // a bureau's own section is not named twice ('시민건강국 (시민건강국)')
    const own = bureau !== undefined && normalizeName(bureau) === normalizeName(name);
    if (!found.has(id)) found.set(id, { id, name, bureau: own ? undefined : bureau, organization });
  };
  for (const line of input.lines) {
    const name = sectionName(line, line.documentId);
    if (!name || (line.category ?? 'expenditure') !== 'expenditure') continue;
    add(name, line.documentId, line.bureau);
  }
  for (const row of input.personnel) {
    const name = sectionName(row, row.documentId);
    if (!name || /^(계|합계|소계|총계)$/.test(normalizeName(name))) continue;
    add(name, row.documentId);
  }
  const all = [...found.values()];
  if (input.pack.departments.length === 0) return all;
  return input.pack.departments.flatMap((name) => {
    const matching = all.filter((key) => normalizeName(key.name) === normalizeName(name));
    return matching.length > 0 ? matching : [{ id: sectionId(undefined, name), name }];
  });
}

type OrganizationOf = (documentId: number) => string | undefined;

type SectionNameOf = (line: { department?: string; bureau?: string }, documentId: number) => string;

/**
 * The section a line is printed in: its department, else its bureau. A bureau's plan (부산 ○○국
 * 주요업무계획) names the bureau for each project and no department: its projects are the
 * bureau's, never left out of the pack. An institution's plan that names neither (국립○○원
 * 업무계획) is one section named after its organisation, else its title.
 */
const sectionNameOf =
  (metaOf: ReadonlyMap<number, DocumentMeta>): SectionNameOf =>
  (line, documentId) => {
    const meta = metaOf.get(documentId);
    return line.department || line.bureau || meta?.organization || meta?.title || '';
  };

const sectionId = (organization: string | undefined, department: string) =>
  `${organization ?? ''}|${normalizeName(department)}`;

/** Turns loaded documents, lines, findings and notes into the briefing pack's sections. */
export function buildPackModel(input: PackInput): PackModel {
  const titleOf = new Map(input.documents.map((doc) => [doc.id, doc.meta.title]));
  const lineByKey = new Map(input.lines.map((line) => [line.key, line]));
  /** a sub-project is named with its project: '도시숲 조성 › 시설비' */
  const projectOf = (key: string | undefined) => {
    const line = lineByKey.get(key ?? '');
    if (!line) return '';
    const parent = line.parentKey ? lineByKey.get(line.parentKey) : undefined;
    return parent ? `${parent.project} › ${line.project}` : line.project;
  };
  const metaOf = new Map(input.documents.map((doc) => [doc.id, doc.meta]));
  const organizationOf: OrganizationOf = (id) => {
    const meta = metaOf.get(id);
    return meta ? issuingBody(meta) : undefined;
  };
  const organizations = new Set(input.documents.map((doc) => organizationOf(doc.id)));
  const sectionName = sectionNameOf(metaOf);
  const linesOf = groupBy(input.lines, (line) =>
    sectionId(organizationOf(line.documentId), sectionName(line, line.documentId)),
  );
  // a department's rows repeated in the bureau's table would list its people twice
  const personnelOf = groupBy(countedOnce(input.personnel), (row) =>
    sectionId(organizationOf(row.documentId), sectionName(row, row.documentId)),
  );
  const findingsOf = groupBy(
    input.findings.filter((finding) => finding.lineKey),
    (finding) => finding.lineKey ?? '',
  );
  const unkeyed = input.findings.filter((finding) => !finding.lineKey);
  const claimed = new Set<(typeof unkeyed)[number]>();
  const departments = departmentsOf(input, organizationOf, sectionName);
  const sections = departments.map((key, index): PackSection => {
    const { id, name, bureau } = key;
    const lines = linesOf.get(id) ?? [];
    const keys = new Set(lines.map((line) => line.key));
    const documentKeys = new Set(lines.map((line) => `${line.documentId}|${line.key}`));
    // a note is printed with the document it was written on, not with another sharing its key
    const hasNote = (note: PackNote) =>
      note.documentId === undefined
        ? keys.has(note.lineKey)
        : documentKeys.has(`${note.documentId}|${note.lineKey}`);
    const personnelDocs = personnelOf.get(id) ?? [];
    const lastDoc = personnelDocs[personnelDocs.length - 1]?.documentId;
    const personnel = personnelDocs.filter((row) => row.documentId === lastDoc);
    const findings = sectionFindings(lines, personnel, findingsOf, unkeyed, claimed);
    const budget = departmentBudget(lines, findings, input.documents);
    const section: PackSection = {
      id: `section-${index + 1}`,
      department: name,
      bureau,
      personnel,
      budget,
      statedTotal: statedDepartmentTotal(lines, name, budget),
      flagged: input.pack.includeFindings
        ? sortFindings(findings).map((finding) => ({
            project: projectOf(finding.lineKey) || findingSubject(finding),
            finding,
            documentTitle: titleOf.get(finding.documentId) ?? '',
          }))
        : [],
      notes: input.pack.includeNotes
        ? input.notes.filter(hasNote).map((note) => ({ ...note, project: projectOf(note.lineKey) }))
        : [],
    };
    if (organizations.size > 1 && key.organization) section.organization = key.organization;
    return section;
  });
  return {
    cover: {
      title: input.pack.title,
      council: input.pack.council ?? input.documents[0]?.meta.council,
      session: input.pack.session ?? input.documents[0]?.meta.session,
      date: input.pack.date,
      preparedBy: input.pack.preparedBy,
      // named as the app names them (organisation › bureau › title › year (kind)), not by a bare title
      documents: input.documents.map((doc) => documentName(doc.meta, doc.fileName).text.ko),
    },
    sections,
    appendix: input.pack.includeFindings
      ? sortFindings(input.findings).map((finding) => ({
          documentTitle: titleOf.get(finding.documentId) ?? '',
          finding,
        }))
      : [],
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.source.line - b.source.line,
  );
}
