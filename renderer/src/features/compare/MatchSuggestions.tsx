import { formatPercent } from '@shared/money/format';
import type { MatchDecision, MatchSuggestion } from '@shared/compare/types';
import { useT } from '@i18n/language';

/** Renamed projects the matcher is not sure about: the user confirms or rejects each pair. */
export function MatchSuggestions({
  suggestions,
  onDecide,
}: {
  suggestions: readonly MatchSuggestion[];
  onDecide(decision: MatchDecision): void;
}) {
  const t = useT();
  if (suggestions.length === 0) return null;
  return (
    <section className="compare-suggestions" aria-label={t('compare.matchSuggestions')}>
      <h3>
        {t('compare.suggestionsHint')} ({suggestions.length})
      </h3>
      <p className="compare-muted">{t('compare.suggestionsHelp')}</p>
      <ul>
        {suggestions.map((s) => (
          <li key={`${s.beforeKey}→${s.afterKey}`}>
            <span>
              {s.department && <small>{s.department} · </small>}
              <strong>{s.beforeName}</strong> → <strong>{s.afterName}</strong>{' '}
              <small>
                ({t('compare.similarity')} {formatPercent(s.similarity * 100, 0)})
              </small>
            </span>
            <span className="compare-suggestion-actions">
              <button
                type="button"
                onClick={() =>
                  onDecide({ beforeKey: s.beforeKey, afterKey: s.afterKey, accepted: true })
                }
                aria-label={`${s.beforeName} → ${s.afterName} ${t('compare.confirmLabel')}`}
              >
                {t('compare.confirm')}
              </button>
              <button
                type="button"
                onClick={() =>
                  onDecide({ beforeKey: s.beforeKey, afterKey: s.afterKey, accepted: false })
                }
                aria-label={`${s.beforeName} → ${s.afterName} ${t('compare.rejectLabel')}`}
              >
                {t('compare.reject')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
