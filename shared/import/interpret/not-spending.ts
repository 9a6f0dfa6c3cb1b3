import { compact } from '../../text/compact';

/**
 * What the sentence says the amount is, when that is not money the year's budget spends: a sector's
 * market size (`해양관광시장 규모(6조 6709억원)`), sales or spending by others, a levy collected,
 * investment attracted, an economic effect, a fund raised with others' money, a savings figure, a
 * ceiling or a unit price (`1일 대당 연료비`). Matched on the piece's words (spaces removed).
 */
const NOT_SPENDING_SUBJECT =
  /(?:시장규모|매출액?|판매액?|매각|수익|수입|소비액?|투자유치|경제효과|파급효과|경제적효과|생산유발효과?|부가가치|고용효과|부과|징수|부과징수|절감|펀드조성|펀드|한도액?|한도액편성|수출액?|거래액|거래규모|자산규모|시가총액|기업가치)$/;
/** The same words anywhere in the subject, when they name the figure (`관광 매출 규모`). */
const NOT_SPENDING_ANYWHERE =
  /시장규모|매출|경제효과|파급효과|생산유발|투자유치|부가가치유발|대당|인당|가구당|개소당/;

/** Whether the amount a piece gives is something other than money spent from the budget. */
export function notSpending(subject: string): boolean {
  const word = compact(subject).replace(/[^\p{L}\p{N}]/gu, '');
  return NOT_SPENDING_SUBJECT.test(word) || NOT_SPENDING_ANYWHERE.test(word);
}
