/**
 * A PDF whose Korean text is set in a CID font that is not embedded (HYGoThic-Medium, encoding
 * UniKS-UCS2-H), as older Korean PDF tools write them. pdfjs can only turn its codes into text with
 * the UniKS-UCS2-H and Adobe-Korea1-UCS2 cMaps: without them every glyph comes out as `?` or
 * nothing, so a clean import proves the app ships its cMaps. Each line's cells (tab-separated) are
 * placed in columns 130 points apart.
 */
const ucs2 = (text: string) =>
  [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');

export function cidFontPdf(lines: readonly string[]): Uint8Array {
  const shows = lines
    .map((line, row) =>
      line
        .split('\t')
        .map((cell, col) =>
          cell === ''
            ? ''
            : `BT /F1 10 Tf ${50 + col * 130} ${790 - row * 18} Td <${ucs2(cell)}> Tj ET`,
        )
        .join('\n'),
    )
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${shows.length} >>\nstream\n${shows}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /HYGoThic-Medium /Encoding /UniKS-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HYGoThic-Medium /CIDSystemInfo << /Registry (Adobe) /Ordering (Korea1) /Supplement 1 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /HYGoThic-Medium /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}
