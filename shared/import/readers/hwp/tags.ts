/** Record tags of HWP 5.0 (Hancom's published format, "HWPTAG_BEGIN" = 0x10). */
const BEGIN = 0x10;

export const TAG = {
  // DocInfo
  ID_MAPPINGS: BEGIN + 1,
  CHAR_SHAPE: BEGIN + 5,
  NUMBERING: BEGIN + 7,
  BULLET: BEGIN + 8,
  PARA_SHAPE: BEGIN + 9,
  STYLE: BEGIN + 10,
  DISTRIBUTE_DOC_DATA: BEGIN + 12,
  // BodyText
  PARA_HEADER: BEGIN + 50,
  PARA_TEXT: BEGIN + 51,
  PARA_CHAR_SHAPE: BEGIN + 52,
  PARA_LINE_SEG: BEGIN + 53,
  PARA_RANGE_TAG: BEGIN + 54,
  CTRL_HEADER: BEGIN + 55,
  LIST_HEADER: BEGIN + 56,
  SHAPE_COMPONENT: BEGIN + 60,
  TABLE: BEGIN + 61,
} as const;

/** A control's id: four ASCII letters packed big-end first into a 32-bit number (`tbl `). */
export function ctrlId(name: string): number {
  return (
    ((name.charCodeAt(0) << 24) |
      (name.charCodeAt(1) << 16) |
      (name.charCodeAt(2) << 8) |
      name.charCodeAt(3)) >>>
    0
  );
}

export const CTRL = {
  table: ctrlId('tbl '),
  drawing: ctrlId('gso '),
  header: ctrlId('head'),
  footer: ctrlId('foot'),
  footnote: ctrlId('fn  '),
  endnote: ctrlId('en  '),
  hiddenComment: ctrlId('tcmt'),
} as const;
