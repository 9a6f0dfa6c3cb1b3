/**
 * The importer's "오류" findings against the arithmetic errors a key lists. A finding is real when
 * the key lists an error at its place (same page; within two lines of a text) with the same stated
 * or computed figure; every other error finding is a false alarm. Warnings are not alarms, but a
 * real error reported only as a warning is shown as such.
 */
import type { Finding } from '../../shared/model/report';
import type { KeyArithmetic } from './key-schema';
import { atPlace } from './place';

export interface ErrorScore {
  /** error findings the document does not have */
  falseErrors: Finding[];
  /** the key's errors, each with the finding that reported it (if any) */
  realErrors: { error: KeyArithmetic; finding?: Finding }[];
}

/**
 * A finding may give a table's figures in another unit than the key (백만원 where the key gives
 * won, or won where the key counts vehicles read as 천원), so a figure matches scaled either way
 * by a money unit; equal figures always match.
 */
const UNIT_SCALES = [1, 1e3, 1e6, 1e8];

function sameScaled(a: number, b: number): boolean {
  return UNIT_SCALES.some(
    (scale) => Math.abs(a * scale - b) < 1e-6 || Math.abs(b * scale - a) < 1e-6,
  );
}

function sameFigure(error: KeyArithmetic, finding: Finding): boolean {
  const figures = [finding.stated, finding.computed].filter((v): v is number => v !== undefined);
  return figures.some((v) => sameScaled(v, error.stated) || sameScaled(v, error.computed));
}

export function reports(error: KeyArithmetic, finding: Finding): boolean {
  return atPlace(error, [finding.source]) && sameFigure(error, finding);
}

export function scoreErrors(
  errors: readonly KeyArithmetic[],
  findings: readonly Finding[],
): ErrorScore {
  const alarms = findings.filter((finding) => finding.severity === 'error');
  const falseErrors = alarms.filter((finding) => !errors.some((error) => reports(error, finding)));
  const realErrors = errors.map((error) => ({
    error,
    finding:
      alarms.find((finding) => reports(error, finding)) ??
      findings.find((finding) => finding.severity === 'warning' && reports(error, finding)),
  }));
  return { falseErrors, realErrors };
}
