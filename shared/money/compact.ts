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
