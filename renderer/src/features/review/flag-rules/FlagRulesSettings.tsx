import '../review.css';
import './flag-rules.css';
import { useEffect, useState } from 'react';
import { DEFAULT_FLAG_RULES, type FlagRule } from '@shared/flags';
import { useT } from '@i18n/language';
import { RULE_STYLE } from '@components/flag-style';
import { RuleFields } from './RuleFields';
import { loadFlagRules, saveFlagRules } from '@services';
import { useFlagRules } from '@state/flag-rules';

/** 설정 › 경고 기준: the rules that highlight rows in the review grid. */
export function FlagRulesSettings() {
  const t = useT();
  const { rules, loaded, loads } = useFlagRules();
  useEffect(() => {
    if (!loaded) void loadFlagRules();
  }, [loaded]);
  if (!loaded) return <p className="hint">{t('common.loading')}</p>;
  return <RulesForm key={loads} initial={rules} />;
}

function RulesForm({ initial }: { initial: FlagRule[] }) {
  const t = useT();
  const error = useFlagRules((state) => state.error);
  const [draft, setDraft] = useState<FlagRule[]>(initial);
  const [saved, setSaved] = useState(false);

  const update = (index: number, rule: FlagRule) => {
    setSaved(false);
    setDraft((current) => current.map((existing, i) => (i === index ? rule : existing)));
  };

  return (
    <section className="settings-card flag-rules" aria-labelledby="flag-rules-heading">
      <h2 id="flag-rules-heading">{t('common.flagRules')}</h2>
      <p className="hint">{t('flagRules.hint')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void saveFlagRules(draft).then(() => setSaved(true));
        }}
      >
        <ul className="rule-list">
          {draft.map((rule, index) => (
            <li key={rule.id} className="rule-item">
              <span className={`flag ${RULE_STYLE[rule.kind].className}`} aria-hidden="true">
                {RULE_STYLE[rule.kind].symbol}
              </span>
              <RuleFields rule={rule} onChange={(next) => update(index, next)} />
            </li>
          ))}
        </ul>
        <div className="rule-actions">
          <button type="submit" className="primary">
            {t('flagRules.saveRules')}
          </button>
          <button
            type="button"
            onClick={() => {
              setSaved(false);
              setDraft(DEFAULT_FLAG_RULES.map((rule) => ({ ...rule })));
            }}
          >
            {t('flagRules.reset')}
          </button>
          <span role="status" className="save-status">
            {saved && t('flagRules.saved')}
            {error && `${t('flagRules.couldNotSave')}: ${error}`}
          </span>
        </div>
      </form>
    </section>
  );
}
