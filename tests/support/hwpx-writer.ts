/**
 * Writes small HWPX (OWPML) packages for tests from the same description as hwp-writer, so one
 * invented document can be read as HWP and as HWPX: `Contents/header.xml` with paragraph shapes,
 * an outline numbering and bullets, `Contents/section*.xml` with paragraphs, tables
 * (`hp:cellAddr`, `hp:cellSpan`), text boxes and footnotes.
 */
import { zipSync, strToU8 } from 'fflate';
import type { HwpCell, HwpDocumentSpec, HwpParagraph, Piece } from './hwp-writer';

const NAMESPACES =
  'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core"';

const SHAPE_NAMES = [
  'DIGIT',
  'CIRCLED_DIGIT',
  'ROMAN_CAPITAL',
  'ROMAN_SMALL',
  'LATIN_CAPITAL',
  'LATIN_SMALL',
  'CIRCLED_LATIN_CAPITAL',
  'CIRCLED_LATIN_SMALL',
  'HANGUL_SYLLABLE',
];

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function header(spec: HwpDocumentSpec): string {
  const shapes = (spec.shapes ?? ['none']).map((shape, id) => {
    let heading = '<hh:heading type="NONE" idRef="0" level="0"/>';
    if (shape !== 'none' && 'outline' in shape)
      heading = `<hh:heading type="OUTLINE" idRef="0" level="${shape.outline}"/>`;
    if (shape !== 'none' && 'bullet' in shape)
      heading = `<hh:heading type="BULLET" idRef="${shape.bullet}" level="0"/>`;
    return `<hh:paraPr id="${id}"><hh:align horizontal="JUSTIFY"/>${heading}</hh:paraPr>`;
  });
  const numbering = spec.numbering
    ? `<hh:numberings itemCnt="1"><hh:numbering id="1" start="0">${spec.numbering
        .map(
          (level, index) =>
            `<hh:paraHead start="1" level="${index + 1}" numFormat="${SHAPE_NAMES[level.shape] ?? 'DIGIT'}">${escapeXml(level.format)}</hh:paraHead>`,
        )
        .join('')}</hh:numbering></hh:numberings>`
    : '';
  const bullets = spec.bullets
    ? `<hh:bullets itemCnt="${spec.bullets.length}">${spec.bullets
        .map(
          (char, index) => `<hh:bullet id="${index + 1}" char="${escapeXml(char)}" useImage="0"/>`,
        )
        .join('')}</hh:bullets>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hh:head ${NAMESPACES} version="1.4" secCnt="${spec.sections.length}"><hh:refList>${numbering}${bullets}<hh:paraProperties itemCnt="${shapes.length}">${shapes.join('')}</hh:paraProperties><hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0"/></hh:styles></hh:refList></hh:head>`;
}

function text(value: string): string {
  return value
    .split(/(\t|\n)/)
    .map((part) =>
      part === '\t'
        ? '<hp:tab width="4000" leader="0" type="1"/>'
        : part === '\n'
          ? '<hp:lineBreak/>'
          : escapeXml(part),
    )
    .join('');
}

function cellXml(cell: HwpCell): string {
  return `<hp:tc name="" header="0" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="1"><hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="CENTER">${cell.paragraphs.map((each) => paragraph(each)).join('')}</hp:subList><hp:cellAddr colAddr="${cell.col}" rowAddr="${cell.row}"/><hp:cellSpan colSpan="${cell.colSpan ?? 1}" rowSpan="${cell.rowSpan ?? 1}"/><hp:cellSz width="1000" height="1000"/><hp:cellMargin left="0" right="0" top="0" bottom="0"/></hp:tc>`;
}

function piece(value: Piece): string {
  if (typeof value === 'string') return `<hp:t>${text(value)}</hp:t>`;
  if ('table' in value) {
    const { rows, cols, cells } = value.table;
    const trs = Array.from(
      { length: rows },
      (_, r) =>
        `<hp:tr>${cells
          .filter((cell) => cell.row === r)
          .map(cellXml)
          .join('')}</hp:tr>`,
    ).join('');
    return `<hp:tbl id="1" rowCnt="${rows}" colCnt="${cols}" cellSpacing="0" borderFillIDRef="1"><hp:sz width="40000" height="4000"/><hp:pos treatAsChar="0"/>${trs}</hp:tbl>`;
  }
  if ('textBox' in value)
    return `<hp:rect id="2"><hp:drawText lastWidth="10000" name="" editable="0"><hp:subList id="">${value.textBox.map((each) => paragraph(each)).join('')}</hp:subList></hp:drawText><hc:pt0 x="0" y="0"/></hp:rect>`;
  return `<hp:ctrl><hp:footNote number="1"><hp:subList id="">${value.footnote.map((each) => paragraph(each)).join('')}</hp:subList></hp:footNote></hp:ctrl>`;
}

function paragraph(p: HwpParagraph, prefix = ''): string {
  return `<hp:p id="0" paraPrIDRef="${p.shape ?? 0}" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">${prefix}${p.pieces.map(piece).join('')}</hp:run><hp:linesegarray><hp:lineseg textpos="0" vertpos="0"/></hp:linesegarray></hp:p>`;
}

function section(paragraphs: HwpParagraph[], outline: number): string {
  const definition = `<hp:secPr id="" textDirection="HORIZONTAL" outlineShapeIDRef="${outline}"><hp:pagePr landscape="WIDELY" width="59528" height="84188"/></hp:secPr>`;
  const body = paragraphs.map((p, index) => paragraph(p, index === 0 ? definition : '')).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec ${NAMESPACES}>${body}</hs:sec>`;
}

/** The XML parts of an HWPX package (before zipping), for tests that edit them. */
export function hwpxParts(spec: HwpDocumentSpec, { manifest = true } = {}): Record<string, string> {
  const parts: Record<string, string> = {
    mimetype: 'application/hwp+zip',
    'version.xml':
      '<?xml version="1.0" encoding="UTF-8"?><hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" major="5" minor="1"/>',
    'Contents/header.xml': header(spec),
    'Contents/content.hpf': `<?xml version="1.0" encoding="UTF-8"?><opf:package xmlns:opf="http://www.idpf.org/2007/opf/"><opf:manifest>${spec.sections
      .map(
        (_, i) =>
          `<opf:item id="section${i}" href="Contents/section${i}.xml" media-type="application/xml"/>`,
      )
      .join(
        '',
      )}</opf:manifest><opf:spine>${spec.sections.map((_, i) => `<opf:itemref idref="section${i}"/>`).join('')}</opf:spine></opf:package>`,
  };
  spec.sections.forEach((paragraphs, i) => {
    parts[`Contents/section${i}.xml`] = section(paragraphs, spec.numbering ? 1 : 0);
  });
  if (manifest)
    parts['META-INF/manifest.xml'] =
      '<?xml version="1.0" encoding="UTF-8"?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>';
  return parts;
}

/** Zips XML parts the way Hancom does: `mimetype` first and stored. */
export function zipHwpx(parts: Record<string, string>): Uint8Array {
  const files: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  for (const [name, content] of Object.entries(parts))
    files[name] = [strToU8(content), { level: name === 'mimetype' ? 0 : 6 }];
  return zipSync(files);
}

export function writeHwpx(spec: HwpDocumentSpec, options: { manifest?: boolean } = {}): Uint8Array {
  return zipHwpx(hwpxParts(spec, options));
}
