import { ReaderError } from '../reader-error';

type HwpProblem = 'damaged' | 'password' | 'drm' | 'empty';

const MESSAGES: Record<HwpProblem, { ko: string; en: string }> = {
  damaged: {
    ko: '손상된 HWP 파일이라 읽을 수 없습니다. 한글에서 열어 다시 저장해 주세요',
    en: 'the HWP file is damaged and cannot be read; open it in Hangul and save it again',
  },
  password: {
    ko: '암호가 걸린 HWP 문서입니다. 한글에서 암호를 해제해 저장한 뒤 가져오세요',
    en: 'the HWP document is password-protected; remove the password in Hangul and save it again',
  },
  drm: {
    ko: '문서보안(DRM)이 걸린 HWP 문서입니다. 보안을 해제한 원본을 받아 가져오세요',
    en: 'the HWP document is DRM-protected; ask for the unprotected original',
  },
  empty: {
    ko: 'HWP 문서에 읽을 내용이 없습니다',
    en: 'the HWP document has no text to read',
  },
};

/** A clear error for an HWP file we cannot read; `detail` (English) says what exactly broke. */
export function hwpError(problem: HwpProblem, detail?: string): ReaderError {
  const message = MESSAGES[problem];
  const en = detail ? `${message.en} (${detail})` : message.en;
  return new ReaderError(problem, { ko: message.ko, en }, 'hwp');
}
