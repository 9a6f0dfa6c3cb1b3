import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '@i18n/language';
import type { LocalizedText } from '@shared/model/localized-text';

/**
 * A modal question (native <dialog>: focus trapped, Esc cancels). Used for deletes, undo and
 * restore, which all name what will go before anything goes.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  danger = true,
  extraActions,
}: {
  title: LocalizedText;
  children: ReactNode;
  confirmLabel: LocalizedText;
  /** the button that leaves everything as it is (default 취소; say more when the action is itself a 취소) */
  cancelLabel?: LocalizedText;
  onConfirm(): void;
  onCancel(): void;
  danger?: boolean;
  /** more choices beside the confirm button (e.g. merge instead of replace) */
  extraActions?: ReactNode;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{t(title)}</h2>
      <div className="confirm-body">{children}</div>
      <div className="confirm-actions">
        <button type="button" onClick={onCancel} autoFocus>
          {cancelLabel ? t(cancelLabel) : t('common.cancel')}
        </button>
        {extraActions}
        <button type="button" className={danger ? 'danger' : 'primary'} onClick={onConfirm}>
          {t(confirmLabel)}
        </button>
      </div>
    </dialog>
  );
}
