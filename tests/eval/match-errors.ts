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
 * A finding may give a table's figures in the table's unit (백만원) where the key gives won, so a
 * figure matches scaled by any money unit; rates and headcounts are compared as given.
 */
const UNIT_SCALES = [1, 1e3, 1e6, 1e8];

function sameFigure(error: KeyArithmetic, finding: Finding): boolean {
  const figures = [finding.stated, finding.computed].filter((v): v is number => v !== undefined);
  return figures.some((v) =>
    UNIT_SCALES.some((scale) => {
      const scaled = Math.round(v * scale * 1000) / 1000;
      return scaled === error.stated || scaled === error.computed;
    }),
  );
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
