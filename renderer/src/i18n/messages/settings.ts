/** 설정: backup, restore, automatic backup, storage. */
import type { Messages } from './types';

export const settings = {
  'settings.autoBackupHeading': { ko: '자동 백업', en: 'Automatic backup' },
  'settings.autoBackupHint': {
    ko: '문서를 가져오거나 지울 때마다 고른 폴더에 그날의 백업 파일을 씁니다.',
    en: 'Writes the day’s backup file into the chosen folder whenever documents are imported or deleted.',
  },
  'settings.autoBackupFolder': { ko: '폴더: ', en: 'Folder: ' },
  'settings.autoBackupLast': {
    ko: ' · 마지막 백업 {lastWrittenAt}',
    en: ' · last backup {lastWrittenAt}',
  },
  'settings.autoBackupFailed': { ko: '자동 백업 실패: ', en: 'Automatic backup failed: ' },
  'settings.chooseBackupFolder': { ko: '백업 폴더 고르기', en: 'Choose backup folder' },
  'settings.autoBackupOn': { ko: '자동 백업 켜기', en: 'Automatic backup on' },
  'settings.backupSummary': {
    ko: '{when}에 만든 백업: 문서 {documents}개, 예산 항목 {lines}개, 검토 결과 {findings}건, 메모 {notes}개, 브리핑 자료 {packs}개.',
    en: 'Backup made {when}: {documents} documents, {lines} budget lines, {findings} findings, {notes} notes, {packs} briefing packs.',
  },
  'settings.backupRestore': { ko: '백업과 복원', en: 'Backup and restore' },
  'settings.backupHint': {
    ko: '모든 문서, 예산 항목, 검토 결과, 메모, 브리핑 자료와 설정을 파일 하나(.cbr-backup)에 담습니다. 복원할 때는 파일 전체를 먼저 검사하고, 이상이 없을 때만 바꿉니다.',
    en: 'Puts every document, line, finding, note, briefing pack and setting into one .cbr-backup file. A restore checks the whole file first and changes nothing unless it is sound.',
  },
  'settings.backingUp': { ko: '백업 중…', en: 'Backing up…' },
  'settings.createBackupFile': { ko: '백업 파일 만들기', en: 'Create backup file' },
  'settings.checking': { ko: '확인 중…', en: 'Checking…' },
  'settings.restoreFromBackup': { ko: '백업에서 복원', en: 'Restore from backup' },
  'settings.restoreQuestion': { ko: '백업에서 복원할까요?', en: 'Restore from this backup?' },
  'settings.replaceEverything': { ko: '모두 바꾸기', en: 'Replace everything' },
  'settings.merge': { ko: '합치기', en: 'Merge' },
  'settings.restoreExplanation': {
    ko: '‘모두 바꾸기’는 지금 있는 자료를 모두 지우고 백업 내용으로 바꿉니다. ‘합치기’는 지금 자료를 두고 백업에만 있는 문서, 메모, 브리핑 자료를 더합니다.',
    en: '“Replace everything” deletes the current data and puts the backup in its place. “Merge” keeps the current data and adds the documents, notes and packs only the backup has.',
  },
  'settings.storage': { ko: '저장 공간', en: 'Storage' },
  'settings.storageUnknown': {
    ko: '이 환경에서는 저장 공간 정보를 알 수 없습니다.',
    en: 'This environment does not report storage use.',
  },
  'settings.storageUse': {
    ko: '사용 중 {usage} / 사용 가능 {quota}',
    en: '{usage} used of {quota} available',
  },
  'settings.storageNotCounted': { ko: '아직 집계되지 않음', en: 'not counted yet' },
  'settings.storedDocuments': {
    ko: '저장된 문서 {count}개',
    en: '{count} documents stored',
  },
  'settings.storageUsed': { ko: '저장 공간 사용률', en: 'Storage used' },
  'settings.persistentOn': {
    ko: '영구 저장: 켜짐 — 브라우저가 공간이 부족해도 이 자료를 지우지 않습니다.',
    en: 'Persistent storage: on — the browser will not evict this data when space runs low.',
  },
  'settings.persistentOff': {
    ko: '영구 저장: 꺼짐 — 디스크 공간이 부족하면 브라우저가 자료를 지울 수 있습니다. 정기적으로 백업하세요.',
    en: 'Persistent storage: off — the browser may evict the data when disk space runs low. Back up regularly.',
  },
  'settings.requestPersistentStorage': { ko: '영구 저장 요청', en: 'Request persistent storage' },
  'settings.persistDeclined': {
    ko: '브라우저가 요청을 거절했습니다. 앱을 설치하거나 이 사이트를 북마크하면 허용될 수 있습니다.',
    en: 'The browser declined. Installing the app or bookmarking this site may allow it.',
  },
  'settings.notABackup': {
    ko: '{name}은(는) 백업 파일({extension})이 아닙니다. 보고서는 자료실의 ‘보고서 가져오기’로 가져오세요. 현재 데이터는 바뀌지 않았습니다.',
    en: '{name} is not a backup file ({extension}). Import reports with ‘Import a report’ in the Library. Your data is unchanged.',
  },
  'settings.backupFileCreated': {
    ko: '백업 파일({name})을 만들었습니다.',
    en: 'Backup file {name} created.',
  },
  'settings.restored': { ko: '{name}에서 복원했습니다.', en: 'Restored from {name}.' },
  'settings.merged': { ko: '{name}의 자료를 합쳤습니다.', en: 'Merged {name} into your data.' },
  'settings.webBackupHint': {
    ko: '웹 브라우저에서 쓸 때는 자동 백업을 하지 않습니다. 자료는 이 브라우저에만 저장되므로, 백업 파일을 자주 내려받아 두세요.',
    en: 'In a web browser the app keeps no automatic backups. Your data lives only in this browser, so download a backup file often.',
  },
  'settings.lastBackupFile': {
    ko: '마지막 백업 파일: {savedAt}',
    en: 'Last backup file: {savedAt}',
  },
  'settings.noBackupFileYet': {
    ko: '아직 백업 파일을 만든 적이 없습니다.',
    en: 'No backup file made yet.',
  },
  'settings.downloadBackupNow': {
    ko: '지금 백업 파일 내려받기',
    en: 'Download a backup file now',
  },
} as const satisfies Messages;
