import { EmptyState } from '../../components/EmptyState';

export function LibraryPage() {
  return (
    <EmptyState
      title={{ ko: '자료실이 비어 있습니다', en: 'The library is empty' }}
      body={{
        ko: '가져온 업무보고서가 여기에 목록으로 나타납니다. 보고서 텍스트 파일을 가져오면 문서, 예산 항목 수, 검토 결과가 표시됩니다.',
        en: "Imported work reports are listed here. Import a report's text file to see its documents, line counts and findings.",
      }}
    />
  );
}
