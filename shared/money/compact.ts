import { groupDigits, scaledIn } from './decimal';

const TRILLION = 1_000_000_000_000;
const HUNDRED_MILLION = 100_000_000;

function signed(scaled: bigint, body: string): string {
  return scaled < 0n ? `△${body}` : body;
}

/** One decimal, dropped when it is 0: 638.7 → '638.7', 666.0 → '666'. */
function oneDecimal(scaled: bigint): string {
  const body = groupDigits(scaled, 1);
  return body.endsWith('.0') ? body.slice(0, -2) : body;
}

/**
 * A short figure for charts and summaries. The ladder:
 * - 1조원 and above: 조원 with one decimal — '1.2조원', '12조원';
 * - 1억원 and above: 억원 with one decimal — '638.7억원', '5,300억원' (promoted to 조원 when it
 *   rounds to 10,000억원);
 * - 1천원 and above: whole 천원 — '4,500천원';
 * - below: whole 원 — '500원'.
 * Trailing '.0' is dropped; negatives take △; a figure that rounds to zero has no sign.
 */
export function formatCompact(won: number): string {
  if (!Number.isFinite(won)) return '';
  const magnitude = Math.abs(won);
  const inHundredMillions = scaledIn(won, HUNDRED_MILLION, 1);
  const absHundredMillions = inHundredMillions < 0n ? -inHundredMillions : inHundredMillions;
  if (magnitude >= TRILLION || absHundredMillions >= 100_000n) {
    const scaled = scaledIn(won, TRILLION, 1);
    return signed(scaled, `${oneDecimal(scaled)}조원`);
  }
  if (magnitude >= HUNDRED_MILLION) {
    return signed(inHundredMillions, `${oneDecimal(inHundredMillions)}억원`);
  }
  if (magnitude >= 1_000) {
    const scaled = scaledIn(won, 1_000, 0);
    return signed(scaled, `${groupDigits(scaled, 0)}천원`);
  }
  const scaled = scaledIn(won, 1, 0);
  return signed(scaled, `${groupDigits(scaled, 0)}원`);
}

const ENGLISH_STEPS: readonly { size: number; name: string; decimals: number }[] = [
  { size: TRILLION, name: 'trillion won', decimals: 1 },
  { size: 1_000_000_000, name: 'billion won', decimals: 1 },
  { size: 1_000_000, name: 'million won', decimals: 1 },
  { size: 1_000, name: 'thousand won', decimals: 0 },
];

/**
 * The short figure in English words, as an English reader counts (thousands, not 만/억): '14.9
 * billion won' for 148.8억원, '4.5 million won', '-1.2 million won', '500 won'. Trailing '.0'
 * is dropped.
 */
export function formatCompactEnglish(won: number): string {
  if (!Number.isFinite(won)) return '';
  for (const step of ENGLISH_STEPS) {
    const scaled = scaledIn(won, step.size, step.decimals);
    const magnitude = scaled < 0n ? -scaled : scaled;
    // 999,960 rounds up to '1 million won'; below 1,000 won nothing rounds up to a thousand
    if (Math.abs(won) < step.size && !(step.decimals > 0 && magnitude >= 10n)) continue;
    const body = step.decimals ? oneDecimal(scaled) : groupDigits(scaled, 0);
    return `${scaled < 0n ? '-' : ''}${body} ${step.name}`;
  }
  const scaled = scaledIn(won, 1, 0);
  return `${scaled < 0n ? '-' : ''}${groupDigits(scaled, 0)} won`;
}
