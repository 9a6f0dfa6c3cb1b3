import { unzipSync } from 'fflate';
import { ReaderError } from '../reader-error';
import { findAll, parseXml } from './xml';

type HwpxProblem = 'damaged' | 'password' | 'empty';

const MESSAGES: Record<HwpxProblem, { ko: string; en: string }> = {
  damaged: {
    ko: '손상된 HWPX 파일이라 읽을 수 없습니다. 한글에서 열어 다시 저장해 주세요',
    en: 'the HWPX file is damaged and cannot be read; open it in Hangul and save it again',
  },
  password: {
    ko: '암호가 걸린 HWPX 문서입니다. 한글에서 암호를 해제해 저장한 뒤 가져오세요',
    en: 'the HWPX document is password-protected; remove the password in Hangul and save it again',
  },
  empty: { ko: 'HWPX 문서에 읽을 내용이 없습니다', en: 'the HWPX document has no text to read' },
};

export function hwpxError(problem: HwpxProblem, detail?: string): ReaderError {
  const message = MESSAGES[problem];
  const en = detail ? `${message.en} (${detail})` : message.en;
  return new ReaderError(problem, { ko: message.ko, en }, 'hwpx');
}

export interface HwpxPackage {
  header: string | null;
  /** the sections' XML, in reading order */
  sections: string[];
}

const SECTION = /^Contents\/section(\d+)\.xml$/i;
const WANTED =
  /^(?:Contents\/(?:section\d+\.xml|header\.xml|content\.hpf)|META-INF\/manifest\.xml)$/i;

function sectionNumber(name: string): number {
  return Number(SECTION.exec(name)![1]);
}

/** Sections in the order `content.hpf`'s spine lists them; without one, by their numbers. */
function sectionOrder(parts: Map<string, string>): string[] {
  const numbered = [...parts.keys()]
    .filter((name) => SECTION.test(name))
    .sort((a, b) => sectionNumber(a) - sectionNumber(b));
  const hpf = parts.get('Contents/content.hpf');
  if (!hpf) return numbered;
  try {
    const root = parseXml(hpf);
    const hrefs = new Map<string, string>();
    for (const item of findAll(root, 'opf:item'))
      hrefs.set(item.attrs.id ?? '', item.attrs.href ?? '');
    const spine = findAll(root, 'opf:itemref')
      .map((ref) => hrefs.get(ref.attrs.idref ?? '') ?? '')
      .map((href) => (href.startsWith('Contents/') ? href : `Contents/${href}`))
      .filter((name) => SECTION.test(name) && parts.has(name));
    return spine.length > 0 ? spine : numbered;
  } catch {
    return numbered;
  }
}

/** An encrypted package lists `encryption-data` for its parts in META-INF/manifest.xml. */
function isEncrypted(manifest: string | undefined): boolean {
  return manifest !== undefined && /<(?:\w+:)?encryption-data\b/.test(manifest);
}

/**
 * The zip's XML parts (images and previews are not even inflated). fflate rather than jszip: it
 * is synchronous, can skip the parts the reader does not need, and inflates faster.
 */
export function openHwpx(bytes: Uint8Array): HwpxPackage {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => WANTED.test(file.name) });
  } catch (error) {
    throw hwpxError('damaged', error instanceof Error ? error.message : 'not a zip package');
  }
  const decoder = new TextDecoder('utf-8');
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(files))
    parts.set(name.replace(/^contents\//i, 'Contents/'), decoder.decode(data));
  if (isEncrypted(parts.get('META-INF/manifest.xml'))) throw hwpxError('password');
  const names = sectionOrder(parts);
  if (names.length === 0) throw hwpxError('damaged', 'no Contents/section*.xml');
  return {
    header: parts.get('Contents/header.xml') ?? null,
    sections: names.map((name) => parts.get(name)!),
  };
}
