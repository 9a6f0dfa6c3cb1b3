/**
 * A long PDF written byte by byte: `pages` pages of Helvetica text (a standard font, so pdfjs
 * needs the standard font data the app ships). Only for progress and cancellation: its text is
 * not a report.
 */
export function multipagePdf(pages: number, linesPerPage = 45): Uint8Array {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids: string[] = [];
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'); // 3
  for (let page = 1; page <= pages; page++) {
    const lines = Array.from(
      { length: linesPerPage },
      (_, line) =>
        `BT /F1 10 Tf 50 ${800 - line * 16} Td (Page ${page} line ${line + 1}: item ${page * 100 + line}  amount ${(page * 7919 + line * 104729) % 1000000}) Tj ET`,
    ).join('\n');
    const contentNumber = objects.length + 2;
    kids.push(`${objects.length + 1} 0 R`);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${contentNumber} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`,
    );
    objects.push(`<< /Length ${lines.length} >>\nstream\n${lines}\nendstream`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
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
