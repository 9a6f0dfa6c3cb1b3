import { EmptyState } from '../../components/EmptyState';

export function ReviewPage() {
  return (
    <EmptyState
      title={{ ko: '검토할 자료가 없습니다', en: 'Nothing to review yet' }}
      body={{
        ko: '자료실에서 보고서를 가져오면 국·과·사업별 예산과 집행 현황, 맞지 않는 수치가 이 표에 나타납니다.',
        en: 'Import a report in the Library and its budget lines, execution figures and mismatches appear in this grid.',
      }}
    />
  );
}
