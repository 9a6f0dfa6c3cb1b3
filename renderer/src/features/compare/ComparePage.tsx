import { EmptyState } from '../../components/EmptyState';

export function ComparePage() {
  return (
    <EmptyState
      title={{ ko: '비교할 자료가 없습니다', en: 'Nothing to compare yet' }}
      body={{
        ko: '연도별, 계획 대비 실적, 부서별 비교는 보고서를 두 개 이상 가져오면 여기에서 만들 수 있습니다.',
        en: 'Year-over-year, plan-versus-results and department comparisons appear here once reports are imported.',
      }}
    />
  );
}
