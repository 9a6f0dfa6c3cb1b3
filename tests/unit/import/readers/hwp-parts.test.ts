import { createCipheriv, randomBytes } from 'node:crypto';
import * as CFB from 'cfb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapPrivateUse } from '../../../../shared/import/readers/flow/private-use';
import { NumberingCounter, numberText } from '../../../../shared/import/readers/flow/numbering';
import { aes128EcbDecrypt } from '../../../../shared/import/readers/hwp/aes128';
import { openCompoundFile } from '../../../../shared/import/readers/hwp/compound-file';
import { readParaText } from '../../../../shared/import/readers/hwp/para-text';
import { readRecords } from '../../../../shared/import/readers/hwp/records';

const hex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));
const utf16 = (...units: number[]) => new Uint8Array(new Uint16Array(units).buffer);

describe('AES-128 decryption (distribution documents)', () => {
  it('decrypts the FIPS-197 example block', () => {
    const plain = aes128EcbDecrypt(
      hex('000102030405060708090a0b0c0d0e0f'),
      hex('69c4e0d86a7b0430d8cdb78070b4c55a'),
    );
    expect(Buffer.from(plain).toString('hex')).toBe('00112233445566778899aabbccddeeff');
  });

  it('undoes Node’s AES-128-ECB encryption for any key and data', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.nat(20), (key, blocks) => {
        const data = randomBytes(16 * blocks);
        const cipher = createCipheriv('aes-128-ecb', key, null);
        cipher.setAutoPadding(false);
        const encrypted = Buffer.concat([cipher.update(data), cipher.final()]);
        expect(Buffer.from(aes128EcbDecrypt(key, encrypted))).toEqual(data);
      }),
      { numRuns: 50 },
    );
  });
});

describe('paragraph text (PARA_TEXT)', () => {
  it('skips eight-unit controls, marks extended ones, keeps line breaks, tabs and surrogate pairs', () => {
    const table = [11, 0x7462, 0x6c20, 0, 0, 0, 0, 11];
    const tab = [9, 0, 0, 0, 0, 0, 0, 9];
    const pieces = readParaText(
      utf16(0xac00, ...tab, 0xb098, 10, ...table, 0xdb80, 0xdeb1, 30, 0x41, 13),
    );
    expect(pieces).toEqual([
      { kind: 'text', text: '가\t나\n' },
      { kind: 'control', ordinal: 0 },
      { kind: 'text', text: '\udb80\udeb1 A' },
    ]);
  });
});

describe('records', () => {
  it('reads a record whose size does not fit in the header', () => {
    const big = new Uint8Array(5000).fill(7);
    const header = new Uint8Array(8);
    new DataView(header.buffer).setUint32(0, 0x43 | (1 << 10) | (0xfff << 20), true);
    new DataView(header.buffer).setUint32(4, big.length, true);
    const stream = new Uint8Array([...header, ...big]);
    const [record] = readRecords(stream);
    expect(record).toMatchObject({ tag: 0x43, level: 1 });
    expect(record!.data.length).toBe(5000);
  });

  it('leaves out skipped records with everything under them, and keeps their siblings', () => {
    // [tag, level, payload length]: a paragraph (66) with a char shape (68) that has a child, then text (67)
    const layout: [number, number, number][] = [
      [66, 0, 4],
      [68, 1, 2],
      [67, 2, 2],
      [67, 1, 6],
      [66, 0, 0],
    ];
    const parts = layout.flatMap(([tag, level, size]) => {
      const header = new Uint8Array(4 + size).fill(1);
      new DataView(header.buffer).setUint32(0, tag | (level << 10) | (size << 20), true);
      return [...header];
    });
    const stream = new Uint8Array(parts);
    const shape = (records: ReturnType<typeof readRecords>): unknown =>
      records.map((record) => [record.tag, shape(record.children)]);
    expect(shape(readRecords(stream))).toEqual([
      [
        66,
        [
          [68, [[67, []]]],
          [67, []],
        ],
      ],
      [66, []],
    ]);
    expect(shape(readRecords(stream, new Set([68])))).toEqual([
      [66, [[67, []]]],
      [66, []],
    ]);
    expect(readRecords(stream, new Set([68]))[0]!.children[0]!.data.length).toBe(6);
  });

  it('reads little-endian fields from a record, 0 past its end', () => {
    const stream = new Uint8Array([0x42, 0, 0x60, 0, 0x34, 0x12, 0x78, 0x56, 9, 9]);
    const [record] = readRecords(stream);
    expect(record!.u16(0)).toBe(0x1234);
    expect(record!.u32(0)).toBe(0x56781234);
    expect(record!.u16(5)).toBe(0);
    expect(record!.u32(3)).toBe(0);
  });
});

describe('the compound-file reader', () => {
  it('reads back every stream the cfb package wrote, small (mini stream) and large', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 9000 }), { minLength: 1, maxLength: 6 }),
        (contents) => {
          const file = CFB.utils.cfb_new();
          contents.forEach((content, i) =>
            CFB.utils.cfb_add(file, `/Store${i % 2}/Stream${i}`, content),
          );
          const written = CFB.write(file, { type: 'array' }) as number[];
          const opened = openCompoundFile(Uint8Array.from(written));
          contents.forEach((content, i) => {
            expect(opened.stream(`Store${i % 2}/Stream${i}`)).toEqual(content);
          });
          expect(opened.stream('Store0/Missing')).toBeNull();
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('numbers and bullets the word processor draws', () => {
  it('writes counters in Hancom’s number shapes', () => {
    expect([numberText(0, 3), numberText(1, 3), numberText(2, 4), numberText(8, 2)]).toEqual([
      '3',
      '③',
      'Ⅳ',
      '나',
    ]);
  });

  it('counts each level and restarts the deeper ones', () => {
    const counter = new NumberingCounter();
    const outline = {
      levels: [
        { format: '^1.', shape: 0, start: 1 },
        { format: '^2.', shape: 8, start: 1 },
      ],
    };
    const seen = [0, 1, 1, 0, 1].map((level) => counter.next(outline, level));
    expect(seen).toEqual(['1.', '가.', '나.', '2.', '가.']);
  });

  it('maps private-use bullets to the markers the block reader knows, the same way every time', () => {
    expect(mapPrivateUse('\uf0a7 예산')).toBe('▪ 예산');
    expect(mapPrivateUse('\udb80\udeb1 청년')).toBe('① 청년');
    expect(mapPrivateUse('\udb82\udc54광업\udb82\udc55')).toBe('『광업』');
    // an unknown one opening a paragraph is still a list marker; inside a sentence it is kept
    expect(mapPrivateUse('\ue123 항목')).toBe('· 항목');
    expect(mapPrivateUse('가\ue123나')).toBe('가\ue123나');
  });
});
