import { EmptyState } from '../../components/EmptyState';

export function PacksPage() {
  return (
    <EmptyState
      title={{ ko: '브리핑 자료가 없습니다', en: 'No briefing packs yet' }}
      body={{
        ko: '문서와 부서를 골라 표지, 목차, 지적 사항, 메모가 담긴 A4 브리핑 자료를 만들 수 있습니다.',
        en: 'Choose documents and departments to build an A4 briefing pack with a cover, contents, flagged items and notes.',
      }}
    />
  );
}
