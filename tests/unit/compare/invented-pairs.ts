import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../../shared/import';
import type { ParsedReport } from '../../../shared/model/report';

const ROOT = join(import.meta.dirname, '../../..');

function parse(path: string): ParsedReport {
  return parseReport(readFileSync(join(ROOT, path), 'utf8'), { fileName: path.split('/').at(-1) });
}

/** The bundled sample: an invented 한빛구 bureau, 2025 results and 2026 plan in one document. */
export const sample = parse('assets/samples/sample-report.txt');
/** The same bureau a year earlier: 2024 results and 2025 plan. */
export const sample2024 = parse('assets/samples/sample-report-2024.txt');
/** One department of an invented 새별시 in two years, each cover with a committee line. */
export const tourism2025 = parse('tests/fixtures/reports/committee-cover-2025-plan.txt');
export const tourism2026 = parse('tests/fixtures/reports/committee-cover-2026-plan.txt');
/** An invented city's department (새솔시 도시재생과): unrelated to the 구's sample. */
export const cityDepartment = parse('tests/fixtures/reports/unseen-city-council-report.txt');
/** An invented 구 bureau in two years (가온구 복지문화국 2023, 2024). */
export const gaon2023 = parse('tests/integration/pack/fixtures/gaon-2023.txt');
export const gaon2024 = parse('tests/integration/pack/fixtures/gaon-2024.txt');

/** A document as a comparison side: its lines, findings and metadata. */
export function side(report: ParsedReport, documentId: number, label: string, fiscalYear?: number) {
  return {
    label,
    documentId,
    meta: report.document,
    lines: report.lines,
    findings: report.findings,
    fiscalYear,
  };
}

/** Thousand won, as the documents print them, in won. */
export const 천원 = (thousands: number) => thousands * 1000;
