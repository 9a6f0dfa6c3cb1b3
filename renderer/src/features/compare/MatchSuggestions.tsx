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
    <section
      className="compare-suggestions"
      aria-label={t({ ko: '매칭 제안', en: 'Match suggestions' })}
    >
      <h3>
        {t({ ko: '이름이 조금 바뀐 사업', en: 'Projects whose names changed slightly' })} (
        {suggestions.length})
      </h3>
      <p className="compare-muted">
        {t({
          ko: '같은 사업이면 확인을, 다른 사업이면 거절을 누르세요. 선택은 저장됩니다.',
          en: 'Confirm when it is the same project, reject otherwise. Your choice is remembered.',
        })}
      </p>
      <ul>
        {suggestions.map((s) => (
          <li key={`${s.beforeKey}→${s.afterKey}`}>
            <span>
              {s.department && <small>{s.department} · </small>}
              <strong>{s.beforeName}</strong> → <strong>{s.afterName}</strong>{' '}
              <small>
                ({t({ ko: '유사도', en: 'similarity' })} {formatPercent(s.similarity * 100, 0)})
              </small>
            </span>
            <span className="compare-suggestion-actions">
              <button
                type="button"
                onClick={() =>
                  onDecide({ beforeKey: s.beforeKey, afterKey: s.afterKey, accepted: true })
                }
                aria-label={`${s.beforeName} → ${s.afterName} ${t({ ko: '같은 사업으로 확인', en: 'confirm as the same project' })}`}
              >
                {t({ ko: '확인', en: 'Confirm' })}
              </button>
              <button
                type="button"
                onClick={() =>
                  onDecide({ beforeKey: s.beforeKey, afterKey: s.afterKey, accepted: false })
                }
                aria-label={`${s.beforeName} → ${s.afterName} ${t({ ko: '다른 사업으로 거절', en: 'reject' })}`}
              >
                {t({ ko: '거절', en: 'Reject' })}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
