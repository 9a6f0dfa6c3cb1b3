import type { FlowItem, FlowParagraph, FlowPlace } from './model';

/**
 * One source paragraph's items as HWP and HWPX both build them: text gathered until a table or
 * text box interrupts it, each stretch a paragraph item; the paragraph's heading marks go on its
 * first stretch with text.
 */
export function paragraphItems(place: FlowPlace, marks: Pick<FlowParagraph, 'head' | 'outline'>) {
  const items: FlowItem[] = [];
  let text = '';
  let emitted = false;
  return {
    items,
    append(more: string) {
      text += more;
    },
    /** ends the current stretch; `force` emits it even when empty (a paragraph with nothing else) */
    flush(force: boolean) {
      if (text === '' && !force) return;
      const paragraph: FlowParagraph = { kind: 'paragraph', text, place };
      if (!emitted && text.trim() !== '') Object.assign(paragraph, marks);
      items.push(paragraph);
      emitted = true;
      text = '';
    },
  };
}
