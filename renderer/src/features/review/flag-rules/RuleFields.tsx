import type { FlagRule } from '@shared/flags';
import { useT } from '@i18n/language';

function numberFrom(text: string, fallback: number): number {
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** The inputs of one rule, worded as a sentence. */
export function RuleFields({ rule, onChange }: { rule: FlagRule; onChange(rule: FlagRule): void }) {
  const t = useT();
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
          {enabled} {t({ ko: '집행률 기준', en: 'Execution rate below' })}
        </label>
        <label>
          <input
            type="number"
            min={0}
            max={100}
            step={1}
            value={rule.percent}
            aria-label={t({ ko: '집행률 기준 (%)', en: 'Execution threshold (%)' })}
            onChange={(event) =>
              onChange({ ...rule, percent: numberFrom(event.target.value, rule.percent) })
            }
          />
          % {t({ ko: '미만, 기준일', en: ', as of' })}
        </label>
        <input
          type="number"
          min={1}
          max={12}
          value={month ? Number(month) : ''}
          aria-label={t({ ko: '기준일 월', en: 'Month' })}
          onChange={(event) => setDate(event.target.value, day || '1')}
        />
        {t({ ko: '월', en: '/' })}
        <input
          type="number"
          min={1}
          max={31}
          value={day ? Number(day) : ''}
          aria-label={t({ ko: '기준일 일', en: 'Day' })}
          onChange={(event) => setDate(month || '1', event.target.value)}
        />
        {t({ ko: '일 이후 보고분', en: 'or later' })}
      </span>
    );
  }
  if (rule.kind === 'change-above') {
    return (
      <span className="rule-fields">
        <label>
          {enabled} {t({ ko: '증감률이 ±', en: 'Change beyond ±' })}
        </label>
        <input
          type="number"
          min={0}
          value={rule.percent}
          aria-label={t({ ko: '증감률 기준 (%)', en: 'Change threshold (%)' })}
          onChange={(event) =>
            onChange({ ...rule, percent: numberFrom(event.target.value, rule.percent) })
          }
        />
        % {t({ ko: '초과', en: '' })}
      </span>
    );
  }
  return (
    <span className="rule-fields">
      <label>
        {enabled} {t({ ko: '예상 불용액이', en: 'Projected lapse above' })}
      </label>
      <input
        type="number"
        className="won-amount"
        min={0}
        step={1000}
        value={rule.won}
        aria-label={t({ ko: '예상 불용액 기준 (원)', en: 'Lapse threshold (won)' })}
        onChange={(event) =>
          onChange({ ...rule, won: Math.round(numberFrom(event.target.value, rule.won)) })
        }
      />
      {t({ ko: '원 초과', en: 'won' })}
      <span className="hint" aria-live="polite">
        ({rule.won.toLocaleString('ko-KR')}
        {t({ ko: '원', en: ' won' })})
      </span>
    </span>
  );
}
