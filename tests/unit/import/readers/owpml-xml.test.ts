import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  isElement,
  parseXml,
  XmlError,
  type XmlNode,
} from '../../../../shared/import/readers/hwpx/xml';

interface Tree {
  name: string;
  attrs: Record<string, string>;
  children: (Tree | string)[];
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function serialize(tree: Tree): string {
  const attrs = Object.entries(tree.attrs)
    .map(([key, value]) => ` ${key}="${escape(value)}"`)
    .join('');
  if (tree.children.length === 0) return `<${tree.name}${attrs}/>`;
  const inner = tree.children
    .map((c) => (typeof c === 'string' ? escape(c) : serialize(c)))
    .join('');
  return `<${tree.name}${attrs}>${inner}</${tree.name}>`;
}

const name = fc.constantFrom('hp:p', 'hp:run', 'hp:t', 'hp:tbl', 'hh:paraPr', 'x');
const text = fc.string({
  unit: fc.constantFrom('a', '가', ' ', '&', '<', '>', '"', "'", '\n', '1'),
});
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.record({
    name,
    attrs: fc.dictionary(fc.constantFrom('id', 'colAddr', 'char', 'hp:x'), text, { maxKeys: 3 }),
    children: fc.array(
      fc.oneof(
        { depthSize: 'small' },
        text.filter((t) => t !== ''),
        tie('node'),
      ),
      {
        maxLength: 4,
      },
    ),
  }),
})).node;

/** Adjacent text nodes merged, empty ones dropped: both parsers' views made comparable. */
function ours(nodes: XmlNode[]): unknown[] {
  const out: unknown[] = [];
  for (const node of nodes) {
    if (!isElement(node)) {
      if (node === '') continue;
      if (typeof out[out.length - 1] === 'string') out[out.length - 1] += node;
      else out.push(node);
      continue;
    }
    out.push({ name: node.name, attrs: node.attrs, children: ours(node.children) });
  }
  return out;
}

function theirs(nodes: Record<string, unknown>[]): unknown[] {
  const out: unknown[] = [];
  for (const node of nodes) {
    if ('#text' in node) {
      const value = String(node['#text']);
      if (typeof out[out.length - 1] === 'string') out[out.length - 1] += value;
      else out.push(value);
      continue;
    }
    const key = Object.keys(node).find((k) => k !== ':@')!;
    out.push({
      name: key,
      attrs: (node[':@'] as Record<string, string>) ?? {},
      children: theirs(node[key] as Record<string, unknown>[]),
    });
  }
  return out;
}

const reference = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
});

describe('the OWPML XML reader', () => {
  it('reads generated documents exactly as fast-xml-parser does', () => {
    fc.assert(
      fc.property(tree, (root) => {
        const xml = `<?xml version="1.0" encoding="UTF-8"?>${serialize(root)}`;
        expect(ours(parseXml(xml))).toEqual(
          theirs(reference.parse(xml) as Record<string, unknown>[]),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('decodes numeric references, keeps CDATA as text and skips comments', () => {
    const [root] = parseXml("<a x='1>2'><!-- note --><![CDATA[<b>]]>&#xAC00;&#44032;</a>");
    expect(root).toEqual({ name: 'a', attrs: { x: '1>2' }, children: ['<b>', '가가'] });
  });

  it('refuses a document whose tags do not close', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(XmlError);
    expect(() => parseXml('<a>')).toThrow(XmlError);
  });
});
