/**
 * A project's whole cost (총사업비) is no year's figure: it is filed under the year of the plan that
 * states it — the document's year, or the later year of the plan section it sits in (a report dated
 * November 2024 with a `2025년 주요업무 계획`) — even in a `2024년 추진실적` section of a 2025 plan,
 * so that one project's total is found under one year whichever section repeats it.
 */
import type { Collected } from './sink';

export function wholeCostYear(collected: Collected, sectionYear: number): number {
  return Math.max(collected.documentYear ?? sectionYear, sectionYear);
}
