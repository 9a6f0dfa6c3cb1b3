/**
 * PARA_TEXT: the paragraph's characters in UTF-16LE. Code units below 32 are controls: some take
 * one unit (line break, paragraph end, non-breaking spaces), the others eight (the control code,
 * six units of parameters, the code again). "Extended" controls (tables, drawings, footnotes,
 * headers…) each have a CTRL_HEADER record among the paragraph's children, in the same order.
 * Characters outside the basic plane arrive as surrogate pairs and are kept as they are.
 */

export type TextPiece = { kind: 'text'; text: string } | { kind: 'control'; ordinal: number };

const LINE_BREAK = 10;
const PARA_END = 13;
const TAB = 9;
const HYPHEN = 24;
const NBSP = 30;
const FIXED_SPACE = 31;

function isEightUnits(code: number): boolean {
  return code < 32 && code !== 0 && code !== LINE_BREAK && code !== PARA_END && code < 24;
}

function isExtended(code: number): boolean {
  return (
    (code >= 1 && code <= 3) ||
    code === 11 ||
    code === 12 ||
    (code >= 14 && code <= 18) ||
    (code >= 21 && code <= 23)
  );
}

const utf16 = new TextDecoder('utf-16le');

/** Code units `from`–`to` as a string (surrogate pairs decode as the characters they are). */
function decodeRun(data: Uint8Array, from: number, to: number): string {
  return utf16.decode(data.subarray(2 * from, 2 * to));
}

/** Below this many units a run is built unit by unit: a decoder call costs more than that. */
const SHORT_RUN = 16;

/** A short run without surrogates, as decodeRun would give it. */
function shortRun(data: Uint8Array, from: number, to: number): string | undefined {
  let text = '';
  for (let i = from; i < to; i++) {
    const code = data[2 * i]! | (data[2 * i + 1]! << 8);
    if (code >= 0xd800 && code <= 0xdfff) return undefined;
    text += String.fromCharCode(code);
  }
  return text;
}

export function readParaText(data: Uint8Array): TextPiece[] {
  const units = data.length >> 1;
  const pieces: TextPiece[] = [];
  let text = '';
  let controls = 0;
  const flush = () => {
    if (text !== '') pieces.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < units) {
    const code = data[2 * i]! | (data[2 * i + 1]! << 8);
    if (code >= 32) {
      let end = i + 1;
      while (end < units && (data[2 * end]! | (data[2 * end + 1]! << 8)) >= 32) end++;
      text += (end - i < SHORT_RUN ? shortRun(data, i, end) : undefined) ?? decodeRun(data, i, end);
      i = end;
      continue;
    }
    if (isEightUnits(code)) {
      if (code === TAB) text += '\t';
      else if (isExtended(code)) {
        flush();
        pieces.push({ kind: 'control', ordinal: controls++ });
      }
      i += 8;
      continue;
    }
    if (code === LINE_BREAK) text += '\n';
    else if (code === NBSP || code === FIXED_SPACE) text += ' ';
    else if (code === HYPHEN) text += '-';
    i++;
  }
  flush();
  return pieces;
}
