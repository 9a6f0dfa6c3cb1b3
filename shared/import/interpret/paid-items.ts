/**
 * Items that say the project's money was handed out, not what it buys: a schedule's
 * `’24.2.~8. : ‘24년 보조금 교부(12,880백만원)`, an outline's `분기별 점검, 보조금 교부(145억원)`. The
 * project they sit under is what the figure is of.
 */
/** `22. 8. : `, `23.2.~10. : `: the date a schedule item opens with (its leading quote already gone) */
const SCHEDULE_DATE =
  /^['‘’]?\d{2}\s*\.\s*\d{1,2}\s*\.?(?:\s*~\s*(?:['‘’]?\d{2}\s*\.\s*)?\d{1,2}\s*\.?)?\s*[:：]\s*/;
/** the year the item's money is for, named right after the date: `‘24년 보조금 교부` */
const NAMED_YEAR = /^['‘’](\d{2})\s*년\s+(.+)$/;
/** a grant handed out, money paid: done, so spent in that year */
const PAID_OUT = /교부|집행|지출|지급/;

/**
 * `- ’24.2.~8. : ‘24년 보조금 교부(12,880백만원)` in a project's schedule: the project's money for
 * the year the item names (its own year, however far back), spent when it was paid out. The
 * schedule line is no name: the project is. Without a named year (`’24. 12. : 국비 확보`) the item
 * may be about next year's budget, so it is left to the usual reading.
 */
export function scheduledYear(
  name: string,
  sectionYear: number,
): { year: number; paid: boolean } | undefined {
  const date = SCHEDULE_DATE.exec(name);
  if (!date) return undefined;
  const named = NAMED_YEAR.exec(name.slice(date[0].length));
  if (!named) return undefined;
  const year = 2000 + Number(named[1]);
  if (year > sectionYear) return undefined;
  return { year, paid: year < sectionYear && PAID_OUT.test(named[2]!) };
}

/** `보조금 교부`, `사업비 집행`: handing the money out, the whole of what the words name */
const PAYING_ACT =
  /^(?:보조금|지원금|교부금|사업비|예산|국비|시비|도비|구비|군비)?(?:교부|집행|지급|배정)$/;

/** Whether a piece's own words only say its money is handed out (they name nothing bought). */
export function isPayingAct(name: string): boolean {
  return PAYING_ACT.test(name.replace(/[^\p{L}]/gu, ''));
}
