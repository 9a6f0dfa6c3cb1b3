/** The eval's printed report: one block per document, then the totals. */
import { placeLabel } from './key-schema';
import { describeLine } from './match-facts';
import { describeRow } from './match-headcounts';
import { describeSource } from './place';
import { percent, totals, type Counts, type DocumentScore } from './score';

function ratio(part: number, whole: number): string {
  return `${part}/${whole} (${percent(part, whole)})`;
}

function summary(counts: Counts): string[] {
  return [
    `  facts found      ${ratio(counts.factsFound, counts.facts)}`,
    `  with funding     ${ratio(counts.fundingRight, counts.funded)} of the facts with funding parts`,
    ...(counts.withAccounts > 0
      ? [
          `  with accounts    ${ratio(counts.accountsRight, counts.withAccounts)} of the facts split by account`,
        ]
      : []),
    `  headcounts found ${ratio(counts.headcountsFound, counts.headcounts)}`,
    `  false errors     ${counts.falseErrors}`,
    `  real errors      ${counts.realErrorsFound}/${counts.realErrors} reported as 오류`,
  ];
}

function missedFacts(score: DocumentScore): string[] {
  return score.facts
    .filter((r) => !r.found || r.fundingRight === false || r.accountsRight === false)
    .map((r) => {
      const { fact } = r;
      const parts = [
        fact.funding ? ` funding=${JSON.stringify(fact.funding)}` : '',
        fact.accounts ? ` accounts=${JSON.stringify(fact.accounts)}` : '',
      ].join('');
      const what = !r.found
        ? 'missed'
        : r.fundingRight === false
          ? 'funding wrong'
          : 'accounts wrong';
      const layout = fact.layout ? ` [${fact.layout}]` : '';
      const head = `    ${what}${layout} ${placeLabel(fact)} "${fact.name}" ${fact.fiscalYear ?? 'any year'} ${fact.field}=${fact.amount}${parts}`;
      if (!r.line) return `${head}\n      closest: none`;
      const wrong = r.wrong?.length ? ` (wrong: ${r.wrong.join(', ')})` : '';
      return `${head}\n      ${r.found ? 'read as' : 'closest'}: ${describeLine(r.line)}${wrong}`;
    });
}

function missedHeadcounts(score: DocumentScore): string[] {
  return score.headcounts
    .filter((r) => !r.found)
    .map(({ headcount: h, row }) => {
      const who = [h.department, h.grade].filter(Boolean).join(' ');
      const closest = row ? describeRow(row) : 'none at this place';
      return `    missed headcount ${placeLabel(h)} ${who} ${h.authorized ?? '-'}/${h.current ?? '-'}\n      closest: ${closest}`;
    });
}

export function formatDocument(score: DocumentScore, verbose: boolean): string {
  const lines = [`${score.document}  [${score.keyFile}]`];
  if (score.status !== 'scored') lines.push(`  ${score.status}: ${score.reason ?? ''}`);
  if (score.status === 'absent') return lines.join('\n');
  lines.push(...summary(score.counts));
  const layouts = Object.entries(score.byLayout)
    .map(([layout, { facts, found }]) => `${layout} ${found}/${facts}`)
    .join(', ');
  if (layouts) lines.push(`  by layout        ${layouts}`);
  for (const finding of score.errors.falseErrors)
    lines.push(
      `    false error ${describeSource(finding.source)} [${finding.code}] ${finding.message.ko}`,
    );
  for (const { error, finding } of score.errors.realErrors) {
    const how = finding ? `reported as ${finding.severity}` : 'not reported';
    lines.push(`    real error ${placeLabel(error)} ${error.what}: ${how}`);
  }
  if (verbose && score.status === 'scored') {
    lines.push(...missedFacts(score), ...missedHeadcounts(score));
  }
  return lines.join('\n');
}

export function formatTotals(scores: readonly DocumentScore[], title = 'Overall'): string {
  const scored = scores.filter((s) => s.status !== 'absent');
  const skipped = scores.length - scored.length;
  const head = `${title}: ${scored.length} document(s)${skipped ? `, ${skipped} absent` : ''}`;
  return [head, ...summary(totals(scores))].join('\n');
}
