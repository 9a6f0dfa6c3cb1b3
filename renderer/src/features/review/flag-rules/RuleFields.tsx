import type { FlagRule } from '@shared/flags';
import { useT, useTNodes } from '@i18n/language';

function numberFrom(text: string, fallback: number): number {
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** The inputs of one rule, worded as a sentence (each language in its own word order). */
export function RuleFields({ rule, onChange }: { rule: FlagRule; onChange(rule: FlagRule): void }) {
  const t = useT();
  const sentence = useTNodes();
  const enabled = (
    <input
      type="checkbox"
      checked={rule.enabled}
      onChange={(event) => onChange({ ...rule, enabled: event.target.checked })}
    />
  );
  if (rule.kind === 'execution-below') {
    const [month = '', day = ''] = (rule.byDate ?? '').split('-');
    const setDate = (m: string, d: string) =>
      onChange({
        ...rule,
        byDate: m && d ? `${m.padStart(2, '0')}-${d.padStart(2, '0')}` : undefined,
      });
    return (
      <span className="rule-fields">
        <label>
          {enabled} {t('flagRules.executionLabel')}
        </label>{' '}
        {sentence('flagRules.executionRest', {
          percent: (
            <input
              type="number"
              min={0}
              max={100}
              step={1}
              value={rule.percent}
              aria-label={t('flagRules.executionThreshold')}
              onChange={(event) =>
                onChange({ ...rule, percent: numberFrom(event.target.value, rule.percent) })
              }
            />
          ),
          month: (
            <input
              type="number"
              min={1}
              max={12}
              value={month ? Number(month) : ''}
              aria-label={t('flagRules.month')}
              onChange={(event) => setDate(event.target.value, day || '1')}
            />
          ),
          day: (
            <input
              type="number"
              min={1}
              max={31}
              value={day ? Number(day) : ''}
              aria-label={t('flagRules.day')}
              onChange={(event) => setDate(month || '1', event.target.value)}
            />
          ),
        })}
      </span>
    );
  }
  if (rule.kind === 'change-above') {
    return (
      <span className="rule-fields">
        <label>
          {enabled} {t('flagRules.changeLabel')}
        </label>{' '}
        {sentence('flagRules.changeRest', {
          percent: (
            <input
              type="number"
              min={0}
              value={rule.percent}
              aria-label={t('flagRules.changeThreshold')}
              onChange={(event) =>
                onChange({ ...rule, percent: numberFrom(event.target.value, rule.percent) })
              }
            />
          ),
        })}
      </span>
    );
  }
  return (
    <span className="rule-fields">
      <label>
        {enabled} {t('flagRules.lapseLabel')}
      </label>{' '}
      {sentence('flagRules.lapseRest', {
        won: (
          <input
            type="number"
            className="won-amount"
            min={0}
            step={1000}
            value={rule.won}
            aria-label={t('flagRules.lapseThresholdWon')}
            onChange={(event) =>
              onChange({ ...rule, won: Math.round(numberFrom(event.target.value, rule.won)) })
            }
          />
        ),
      })}{' '}
      <span className="hint" aria-live="polite">
        {t('flagRules.lapseAmount', { amount: rule.won.toLocaleString('ko-KR') })}
      </span>
    </span>
  );
}
