const BLOCK_TAG = /<\s*\/?\s*(?:ul|ol|li|p|br|div|tr|h[1-6])\b[^>]*>/gi;
const ANY_TAG = /<\s*\/?\s*[a-z][a-z0-9]*\b[^>]*>/gi;
const ENTITIES: Record<string, string> = {
  '&nbsp;': ' ',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
};

/** True when the text carries an HTML fragment (`<ul><li>…`), as HWP exports put in table cells. */
export function hasHtml(text: string): boolean {
  return /<\s*\/?\s*[a-z][a-z0-9]*\b[^>]*>/i.test(text);
}

/**
 * HTML fragment → plain text: block tags (`<li>`, `<p>`, `<br>`…) become line breaks, other tags
 * vanish, common entities are decoded. Lines are trimmed and empty ones dropped.
 */
export function stripHtml(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  const plain = text
    .replace(BLOCK_TAG, '\n')
    .replace(ANY_TAG, '')
    .replace(/&(?:nbsp|amp|lt|gt|quot|apos|#39);/g, (entity) => ENTITIES[entity] ?? entity);
  return plain
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
