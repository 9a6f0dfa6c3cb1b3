/**
 * Reads a whole backup file and validates it (gzip, JSON, format, version, checksum, schema)
 * before anything touches the database. Every refusal says why, in Korean and English.
 */
import type { ValidatedBackup } from '../api';
import { StoreError } from '../errors';
import type { LocalizedText } from '@shared/model/localized-text';
import { sha256Async } from '@shared/text/sha256';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupContentSchema, type BackupContent } from './format';
import { gunzip } from './gzip';

function refuse(reason: LocalizedText, cause?: unknown): never {
  throw new StoreError(
    'backup-invalid',
    {
      ko: `백업 파일을 복원할 수 없습니다: ${reason.ko} 현재 데이터는 바뀌지 않았습니다.`,
      en: `This backup cannot be restored: ${reason.en} Your current data is unchanged.`,
    },
    { cause },
  );
}

async function unzip(bytes: Uint8Array): Promise<string> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await gunzip(bytes));
  } catch (error) {
    refuse(
      {
        ko: '파일이 잘렸거나 손상되었습니다(gzip 압축을 풀 수 없음).',
        en: 'the file is truncated or damaged (it does not decompress as gzip).',
      },
      error,
    );
  }
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch (error) {
    refuse({ ko: '내용이 올바른 JSON이 아닙니다.', en: 'its content is not valid JSON.' }, error);
  }
  refuse({ ko: '내용이 백업 형식이 아닙니다.', en: 'its content is not a backup.' });
}

function checkHeader(file: Record<string, unknown>) {
  if (file.format !== BACKUP_FORMAT)
    refuse({
      ko: '의회 예산검토 백업 파일이 아닙니다.',
      en: 'it is not a Council Budget Review backup.',
    });
  if (file.version !== BACKUP_VERSION)
    refuse({
      ko: `지원하지 않는 백업 버전(${String(file.version)})입니다. 이 앱은 버전 ${BACKUP_VERSION}을 읽습니다.`,
      en: `backup version ${String(file.version)} is not supported; this app reads version ${BACKUP_VERSION}.`,
    });
  if (typeof file.sha256 !== 'string' || typeof file.createdAt !== 'string' || !file.content)
    refuse({ ko: '백업 머리 정보가 빠져 있습니다.', en: 'its header fields are missing.' });
}

function checkSchema(content: unknown): BackupContent {
  const result = BackupContentSchema.safeParse(content);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue ? issue.path.join('.') : '';
  refuse({
    ko: `내용 구조가 올바르지 않습니다(${where}: ${issue?.message ?? ''}).`,
    en: `its content has the wrong shape (${where}: ${issue?.message ?? ''}).`,
  });
}

export async function readBackup(bytes: Uint8Array): Promise<ValidatedBackup> {
  const file = parseJson(await unzip(bytes));
  checkHeader(file);
  if ((await sha256Async(JSON.stringify(file.content))) !== file.sha256)
    refuse({
      ko: '파일이 만들어진 뒤 내용이 바뀌었습니다(체크섬 불일치).',
      en: 'its content was changed after it was made (checksum mismatch).',
    });
  const content = checkSchema(file.content);
  return {
    summary: {
      createdAt: file.createdAt as string,
      documents: content.documents.length,
      lines: content.lines.length,
      findings: content.findings.length,
      notes: content.notes.length,
      packs: content.packs.length,
    },
    content,
  };
}
