import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { MESSAGE_GROUPS, MESSAGES } from '../../../renderer/src/i18n/messages';
import { asIs, fill, msg } from '../../../renderer/src/i18n/text';

const root = join(import.meta.dirname, '..', '..', '..');
const renderer = join(root, 'renderer', 'src');
const entries = Object.entries(MESSAGES);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return path.endsWith(join('i18n', 'messages')) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the UI text catalogue (renderer/src/i18n/messages)', () => {
  it('has every text in Korean and in English, neither left empty', () => {
    expect(entries.length).toBeGreaterThan(250);
    for (const [key, text] of entries) {
      expect(text.ko.trim(), `${key} ko`).not.toBe('');
      expect(text.en.trim(), `${key} en`).not.toBe('');
    }
  });

  it('fills the same placeholders in both languages', () => {
    for (const [key, text] of entries)
      expect(placeholders(text.en), key).toEqual(placeholders(text.ko));
  });

  it('keeps each key in its screen’s file, once', () => {
    let total = 0;
    for (const [group, messages] of Object.entries(MESSAGE_GROUPS)) {
      const prefix = group === 'importing' ? 'import' : group;
      for (const key of Object.keys(messages)) expect(key.startsWith(`${prefix}.`), key).toBe(true);
      total += Object.keys(messages).length;
    }
    expect(Object.keys(MESSAGES)).toHaveLength(total);
  });

  it('has no key that no screen uses', () => {
    const sources = sourceFiles(renderer)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = entries.map(([key]) => key).filter((key) => !sources.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it('fills placeholders from values, leaving unknown names as written', () => {
    expect(msg('import.reading', { name: 'a.txt' })).toEqual({
      ko: 'a.txt 읽는 중…',
      en: 'Reading a.txt…',
    });
    expect(fill('{line}행: {message}', { line: 12 })).toBe('12행: {message}');
    expect(asIs('한빛구')).toEqual({ ko: '한빛구', en: '한빛구' });
  });

  it('is the only place screens write Korean and English side by side (eslint says so)', async () => {
    const eslint = new ESLint({ cwd: root });
    const code = "export const label = { ko: '삭제', en: 'Delete' };\n";
    const lint = async (path: string) =>
      ((await eslint.lintText(code, { filePath: join(root, path) }))[0]?.messages ?? []).filter(
        (message) => message.ruleId === 'no-restricted-syntax',
      );
    expect(await lint('renderer/src/features/library/scratch.ts')).toHaveLength(1);
    expect(await lint('renderer/src/components/scratch.ts')).toHaveLength(1);
    expect(await lint('renderer/src/i18n/messages/scratch.ts')).toHaveLength(0);
  });
});
