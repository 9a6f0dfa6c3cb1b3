/**
 * Reads a whole backup file and validates it (decompression within a size cap, JSON, format,
 * version, checksum, schema, ids, references, declared counts) before anything touches the
 * database. Every refusal says why, in Korean and English, in words a user knows (no "gzip").
 */
import type { ValidatedBackup } from '../api';
import { StoreError } from '../errors';
import type { Text } from '../../i18n/language';
import { sha256Hex } from './checksum';
import { consistencyProblem } from './consistency';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupContentSchema,
  MAX_BACKUP_BYTES,
  type BackupContent,
} from './format';
import { TooLargeWhenDecompressed, gunzipAtMost } from './gzip';

function refuse(reason: Text, cause?: unknown): never {
  throw new StoreError(
    'backup-invalid',
    {
      ko: `백업 파일을 복원할 수 없습니다: ${reason.ko} 현재 데이터는 바뀌지 않았습니다.`,
      en: `This backup cannot be restored: ${reason.en} Your current data is unchanged.`,
    },
    { cause },
  );
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

async function unzip(bytes: Uint8Array, limit: number): Promise<string> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await gunzipAtMost(bytes, limit));
  } catch (error) {
    if (error instanceof TooLargeWhenDecompressed)
      refuse(
        {
          ko: `풀어 보니 ${megabytes(limit)}를 넘습니다. 이 앱이 읽는 백업 파일보다 큽니다.`,
          en: `it holds more than ${megabytes(limit)}, more than a backup file this app reads.`,
        },
        error,
      );
    refuse(
      {
        ko: '백업 파일이 잘렸거나 손상되었습니다.',
        en: 'the backup file is truncated or damaged.',
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
  if (typeof file.version !== 'number')
    refuse({
      ko: `백업 버전이 숫자가 아닙니다(${JSON.stringify(file.version) ?? '없음'}). 이 앱이 만든 백업 파일이 아니거나 손상되었습니다.`,
      en: `its version is not a number (${JSON.stringify(file.version) ?? 'missing'}); the file was not made by this app or is damaged.`,
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

export async function readBackup(
  bytes: Uint8Array,
  limit = MAX_BACKUP_BYTES,
): Promise<ValidatedBackup> {
  const file = parseJson(await unzip(bytes, limit));
  checkHeader(file);
  if ((await sha256Hex(JSON.stringify(file.content))) !== file.sha256)
    refuse({
      ko: '파일이 만들어진 뒤 내용이 바뀌었습니다(체크섬 불일치).',
      en: 'its content was changed after it was made (checksum mismatch).',
    });
  const content = checkSchema(file.content);
  const problem = consistencyProblem(content);
  if (problem)
    refuse({
      ko: `${problem.ko} 백업 전체를 복원하지 않습니다.`,
      en: `${problem.en} Nothing of it is restored.`,
    });
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
