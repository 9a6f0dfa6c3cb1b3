/**
 * What a backup must satisfy beyond its schema before anything is written: no id twice, every
 * reference pointing at something the backup holds, every document's declared counts matching its
 * rows. The first problem found is returned as the reason for refusing the whole file.
 */
import type { LocalizedText } from '@shared/model/localized-text';
import type { BackupContent } from './format';

type Problem = LocalizedText | undefined;

function firstRepeated<T>(values: Iterable<T>): T | undefined {
  const seen = new Set<T>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}

function duplicateIds(content: BackupContent): Problem {
  const lists: [LocalizedText, Iterable<number | string>][] = [
    [{ ko: '문서 번호', en: 'document id' }, content.documents.map((doc) => doc.id)],
    [{ ko: '메모 번호', en: 'note id' }, content.notes.map((note) => note.id)],
    [{ ko: '브리핑 자료 번호', en: 'briefing pack id' }, content.packs.map((pack) => pack.id)],
    [
      { ko: '가져오기 기록 번호', en: 'import log id' },
      (content.importLog ?? []).map((entry) => entry.id),
    ],
    [{ ko: '설정 이름', en: 'setting name' }, content.settings.map((setting) => setting.key)],
    [
      { ko: '원본 파일의 문서 번호', en: 'document id of an original file' },
      (content.originals ?? []).map((original) => original.documentId),
    ],
  ];
  for (const [what, values] of lists) {
    const repeated = firstRepeated(values);
    if (repeated !== undefined)
      return {
        ko: `${what.ko} ${String(repeated)}이(가) 두 번 들어 있습니다.`,
        en: `${what.en} ${String(repeated)} appears twice.`,
      };
  }
  return undefined;
}

function countBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
}

function missingDocuments(content: BackupContent, documents: Set<number>): Problem {
  const rows: [LocalizedText, readonly { documentId: number }[]][] = [
    [{ ko: '예산 항목', en: 'budget lines' }, content.lines],
    [{ ko: '정원·현원 행', en: 'personnel rows' }, content.personnel],
    [{ ko: '검토 결과', en: 'findings' }, content.findings],
    [{ ko: '원본 파일', en: 'original files' }, content.originals ?? []],
  ];
  for (const [what, list] of rows) {
    for (const [documentId, count] of countBy(list, (row) => row.documentId)) {
      if (!documents.has(documentId))
        return {
          ko: `${what.ko} ${count}개가 백업에 없는 문서(번호 ${documentId})에 속해 있습니다.`,
          en: `${count} ${what.en} belong to document ${documentId}, which the backup does not hold.`,
        };
    }
  }
  for (const pack of content.packs) {
    const missing = pack.documentIds.find((documentId) => !documents.has(documentId));
    if (missing !== undefined)
      return {
        ko: `브리핑 자료 ‘${pack.title}’이(가) 백업에 없는 문서(번호 ${missing})를 가리킵니다.`,
        en: `briefing pack “${pack.title}” names document ${missing}, which the backup does not hold.`,
      };
  }
  return undefined;
}

/** year|department|project…: what lineKey() makes. A note outlives its document by design. */
const LINE_KEY = /^-?\d+\|[^|]*\|[^|]+/;

function notesWithoutLine(content: BackupContent): Problem {
  const lineKeys = new Set(content.lines.map((line) => line.key));
  const stray = content.notes.find(
    (note) => !lineKeys.has(note.lineKey) && !LINE_KEY.test(note.lineKey),
  );
  if (!stray) return undefined;
  return {
    ko: `메모 ${stray.id}이(가) 예산 항목을 가리키지 않습니다(${stray.lineKey}).`,
    en: `note ${stray.id} does not point at a budget line (${stray.lineKey}).`,
  };
}

/** a note names a document the backup holds, and that document's content hash when it gives one */
function notesWithoutDocument(content: BackupContent): Problem {
  const hashOf = new Map(content.documents.map((doc) => [doc.id, doc.meta.sha256]));
  for (const note of content.notes) {
    if (note.documentId === undefined) continue;
    const hash = hashOf.get(note.documentId);
    if (hash === undefined)
      return {
        ko: `메모 ${note.id}이(가) 백업에 없는 문서(번호 ${note.documentId})에 붙어 있습니다.`,
        en: `note ${note.id} belongs to document ${note.documentId}, which the backup does not hold.`,
      };
    if (note.documentSha256 !== undefined && note.documentSha256 !== hash)
      return {
        ko: `메모 ${note.id}이(가) 가리키는 문서(번호 ${note.documentId})의 내용이 메모를 쓴 문서와 다릅니다.`,
        en: `note ${note.id} names document ${note.documentId}, but not the document it was written on.`,
      };
  }
  return undefined;
}

function wrongCounts(content: BackupContent): Problem {
  const lines = countBy(content.lines, (line) => line.documentId);
  const personnel = countBy(content.personnel, (row) => row.documentId);
  const severities = {
    error: new Map<number, number>(),
    warning: new Map<number, number>(),
    info: new Map<number, number>(),
  };
  for (const finding of content.findings) {
    const counts = severities[finding.severity];
    counts.set(finding.documentId, (counts.get(finding.documentId) ?? 0) + 1);
  }
  for (const doc of content.documents) {
    const found: [LocalizedText, number, number][] = [
      [{ ko: '예산 항목', en: 'budget lines' }, doc.lineCount, lines.get(doc.id) ?? 0],
      [
        { ko: '정원·현원 행', en: 'personnel rows' },
        doc.personnelCount,
        personnel.get(doc.id) ?? 0,
      ],
      ...(['error', 'warning', 'info'] as const).map(
        (severity): [LocalizedText, number, number] => [
          { ko: `검토 결과(${severity})`, en: `${severity} findings` },
          doc.findingCounts[severity],
          severities[severity].get(doc.id) ?? 0,
        ],
      ),
    ];
    for (const [what, declared, actual] of found) {
      if (declared !== actual)
        return {
          ko: `문서 ${doc.id}(${doc.fileName})의 ${what.ko}이(가) ${declared}개라고 적혀 있으나 ${actual}개가 들어 있습니다.`,
          en: `document ${doc.id} (${doc.fileName}) declares ${declared} ${what.en} but the backup holds ${actual}.`,
        };
    }
  }
  return undefined;
}

/** The first reason this content cannot be restored whole, or undefined when it can. */
export function consistencyProblem(content: BackupContent): Problem {
  const documents = new Set(content.documents.map((doc) => doc.id));
  return (
    duplicateIds(content) ??
    missingDocuments(content, documents) ??
    notesWithoutLine(content) ??
    notesWithoutDocument(content) ??
    wrongCounts(content)
  );
}
