import { EmptyState } from '../../components/EmptyState';

export function SettingsPage() {
  return (
    <EmptyState
      title={{ ko: '설정', en: 'Settings' }}
      body={{
        ko: '언어, 단위, 경고 기준, 백업과 복원이 여기에 있습니다.',
        en: 'Language, units, flag rules, and backup and restore live here.',
      }}
    />
  );
}
