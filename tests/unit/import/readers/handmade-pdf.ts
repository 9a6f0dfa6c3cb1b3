/**
 * Tiny PDFs written byte by byte for the reader's refusals: a page of only an image (a scan), a
 * document encrypted with a user password (the standard security handler, revision 2: RC4 with a
 * 40-bit key, PDF 32000 §7.6.3), and bytes that only start like a PDF.
 */
import { createHash } from 'node:crypto';

const PADDING = Buffer.from(
  '28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a',
  'hex',
);

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

function padded(password: string): Buffer {
  return Buffer.concat([Buffer.from(password, 'latin1'), PADDING]).subarray(0, 32);
}

const md5 = (...parts: Uint8Array[]) => {
  const hash = createHash('md5');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** Assembles numbered objects into a PDF with a correct cross-reference table. */
function pdf(objects: string[], trailer: string): Uint8Array {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

function pageObjects(content: string, resources: string): string[] {
  return [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources ${resources} >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
}

/** One page that only paints a grey image: what a scanner makes. */
export function scannedPdf(): Uint8Array {
  const objects = pageObjects(
    'q 500 0 0 700 40 60 cm /Im1 Do Q',
    '<< /XObject << /Im1 5 0 R >> >>',
  );
  objects.push(
    '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x80\x80\x80\x80\nendstream',
  );
  return pdf(objects, '');
}

/** One page of text, encrypted: opening it needs `password`. */
export function encryptedPdf(password: string): Uint8Array {
  const id = md5(Buffer.from('council budget review fixture'));
  const permissions = -4;
  const owner = rc4(md5(padded('owner')).subarray(0, 5), padded(password));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padded(password), owner, p, id).subarray(0, 5);
  const user = rc4(key, PADDING);
  const objects = pageObjects('BT /F1 24 Tf 72 700 Td (secret) Tj ET', '<< >>');
  objects.push(
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(owner)}> /U <${hex(user)}> /P ${permissions} >>`,
  );
  return pdf(objects, `/Encrypt 5 0 R /ID [<${hex(id)}> <${hex(id)}>]`);
}

/** A PDF header and then nothing a PDF reader can use. */
export function damagedPdf(): Uint8Array {
  const junk = Array.from({ length: 2000 }, (_, i) => (i * 7919) % 251);
  return new Uint8Array([...Buffer.from('%PDF-1.7\n%\xe2\xe3\n', 'latin1'), ...junk]);
}
