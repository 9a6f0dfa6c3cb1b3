import { useState } from 'react';
import type { StoredDocument } from '@data/stored';
import type { PackDraft } from '@services';
import { useT } from '@i18n/language';
import { useDepartments } from './usePacks';
import { councilAndSession } from '@i18n/council-session';

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}. ${now.getMonth() + 1}. ${now.getDate()}.`;
};

const latestYear = (doc: StoredDocument) => Math.max(0, ...doc.meta.fiscalYears);

/** A new pack's first draft: every document, all departments, the latest document's session. */
export function newDraft(documents: readonly StoredDocument[]): PackDraft {
  const first = [...documents].sort((a, b) => latestYear(b) - latestYear(a) || b.id - a.id)[0]
    ?.meta;
  return {
    title: `${councilAndSession(first?.council, first?.session)} 브리핑 자료`
      .replace(/\s+/g, ' ')
      .trim(),
    council: first?.council,
    session: first?.session,
    date: today(),
    preparedBy: '',
    documentIds: documents.map((doc) => doc.id),
    departments: [],
    includeFindings: true,
    includeNotes: true,
  };
}

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

/** Cover fields, documents, departments and contents of one pack; saves it, or saves and prints. */
export function PackEditor({
  initial,
  documents,
  onSave,
  onCancel,
}: {
  initial: PackDraft;
  documents: readonly StoredDocument[];
  onSave(draft: PackDraft, then: 'stay' | 'print'): Promise<void>;
  onCancel(): void;
}) {
  const t = useT();
  const [draft, setDraft] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const departments = useDepartments(draft.documentIds);
  const set = (patch: Partial<PackDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const text = (field: 'title' | 'council' | 'session' | 'date' | 'preparedBy', label: string) => (
    <label>
      <span>{label}</span>
      <input
        value={draft[field] ?? ''}
        onChange={(event) => set({ [field]: event.target.value })}
      />
    </label>
  );
  const submit = async (then: 'stay' | 'print') => {
    if (!draft.title.trim()) return setError(t({ ko: '제목을 입력하세요.', en: 'Enter a title.' }));
    if (draft.documentIds.length === 0)
      return setError(t({ ko: '문서를 하나 이상 고르세요.', en: 'Choose at least one document.' }));
    setSaving(true);
    try {
      await onSave({ ...draft, title: draft.title.trim() }, then);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      className="packs-editor"
      aria-label={t({ ko: '브리핑 자료 편집', en: 'Edit briefing pack' })}
      onSubmit={(event) => {
        event.preventDefault();
        void submit('stay');
      }}
    >
      <fieldset className="packs-cover">
        <legend>{t({ ko: '표지', en: 'Cover' })}</legend>
        {text('title', t({ ko: '제목', en: 'Title' }))}
        {text('council', t({ ko: '의회', en: 'Council' }))}
        {text('session', t({ ko: '회기', en: 'Session' }))}
        {text('date', t({ ko: '작성일', en: 'Date' }))}
        {text('preparedBy', t({ ko: '작성자', en: 'Prepared by' }))}
      </fieldset>
      <fieldset>
        <legend>{t({ ko: '문서', en: 'Documents' })}</legend>
        {documents.map((doc) => (
          <label key={doc.id} className="packs-check">
            <input
              type="checkbox"
              checked={draft.documentIds.includes(doc.id)}
              onChange={(event) =>
                set({ documentIds: toggle(draft.documentIds, doc.id, event.target.checked) })
              }
            />
            {doc.meta.title} <small>({doc.fileName})</small>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>
          {t({ ko: '부서', en: 'Departments' })}{' '}
          <small>
            {draft.departments.length === 0
              ? t({ ko: '(고르지 않으면 전체)', en: '(none chosen = all)' })
              : t({
                  ko: `(${draft.departments.length}개 선택)`,
                  en: `(${draft.departments.length} chosen)`,
                })}
          </small>
        </legend>
        <div className="packs-departments">
          {departments.map((name) => (
            <label key={name} className="packs-check">
              <input
                type="checkbox"
                checked={draft.departments.includes(name)}
                onChange={(event) =>
                  set({ departments: toggle(draft.departments, name, event.target.checked) })
                }
              />
              {name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t({ ko: '내용', en: 'Contents' })}</legend>
        <label className="packs-check">
          <input
            type="checkbox"
            checked={draft.includeFindings}
            onChange={(event) => set({ includeFindings: event.target.checked })}
          />
          {t({ ko: '검토 지적 사항과 부록', en: 'Findings and the appendix' })}
        </label>
        <label className="packs-check">
          <input
            type="checkbox"
            checked={draft.includeNotes}
            onChange={(event) => set({ includeNotes: event.target.checked })}
          />
          {t({ ko: '메모 및 질의', en: 'Notes and questions' })}
        </label>
      </fieldset>
      {error && (
        <p role="alert" className="packs-error">
          {error}
        </p>
      )}
      <div className="packs-actions">
        <button type="submit" disabled={saving}>
          {t({ ko: '저장', en: 'Save' })}
        </button>
        <button type="button" disabled={saving} onClick={() => void submit('print')}>
          {t({ ko: '저장하고 인쇄', en: 'Save and print' })}
        </button>
        <button type="button" onClick={onCancel}>
          {t({ ko: '취소', en: 'Cancel' })}
        </button>
      </div>
    </form>
  );
}
