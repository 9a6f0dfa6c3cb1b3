import type { CustomCellRendererProps } from 'ag-grid-react';
import type { GridRow } from '../model/rows';
import { worstSeverity } from '../model/annotations';
import { NOTE_STYLE, RULE_STYLE, SEVERITY_STYLE } from '@components/flag-style';
import type { Translate } from '@i18n/language';

interface MarkParams {
  t: Translate;
}

/**
 * The 표시 cell: the worst finding's mark, each rule's mark, and on a collapsed group how many
 * lines below it have findings. Beside the name, not after it, so a long name never hides them.
 */
export function FlagsCell(props: CustomCellRendererProps<GridRow> & MarkParams) {
  const row = props.data;
  if (!row) return null;
  const { t } = props;
  const severity = worstSeverity(row.findings);
  const findingText = row.findings.map((f) => t(f.message)).join('\n');
  const ruleText = row.flags.map((flag) => t(flag.message)).join('\n');
  return (
    <span className="mark-cell">
      {severity && (
        <span
          className={`flag ${SEVERITY_STYLE[severity].className}`}
          role="img"
          aria-label={`${t(SEVERITY_STYLE[severity].label)}: ${findingText}`}
          title={findingText}
        >
          {SEVERITY_STYLE[severity].symbol}
        </span>
      )}
      {row.flags.map((flag) => (
        <span
          key={flag.ruleId}
          className={`flag ${RULE_STYLE[flag.kind].className}`}
          role="img"
          aria-label={t(flag.message)}
          title={ruleText}
        >
          {RULE_STYLE[flag.kind].symbol}
        </span>
      ))}
      {!row.expanded && row.kind !== 'line' && row.findingsBelow > 0 && (
        <span className="below-count" title={t('grid.linesFindingsBelow')}>
          {row.findingsBelow}
        </span>
      )}
    </span>
  );
}

/** The 메모 cell: how many notes and questions the line has. */
export function NoteCell(props: CustomCellRendererProps<GridRow> & MarkParams) {
  const row = props.data;
  if (!row || row.noteCount === 0) return null;
  const { t } = props;
  return (
    <span className="mark-cell">
      <span
        className={`flag ${NOTE_STYLE.className}`}
        role="img"
        aria-label={`${t(NOTE_STYLE.label)} ${row.noteCount}`}
        title={`${t(NOTE_STYLE.label)}: ${row.noteCount}`}
      >
        {NOTE_STYLE.symbol}
        {row.noteCount}
      </span>
    </span>
  );
}
