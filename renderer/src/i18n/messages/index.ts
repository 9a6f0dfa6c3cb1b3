/**
 * The one catalogue of UI text: every string the screens show, by key, in Korean and English side
 * by side, one file per screen. `t('library.emptyTitle')` looks a text up; `{name}` in an entry is
 * filled from `t(key, { name })`, and TypeScript knows which names each key needs.
 */
import { app } from './app';
import { charts } from './charts';
import { common } from './common';
import { compare } from './compare';
import { flagRules } from './flag-rules';
import { flags } from './flags';
import { grid } from './grid';
import { importing } from './import';
import { library } from './library';
import { notes } from './notes';
import { packs } from './packs';
import { print } from './print';
import { reading } from './reading';
import { exporting } from './exporting';
import { review } from './review';
import { settings } from './settings';
import { source } from './source';

export const MESSAGES = {
  ...app,
  ...common,
  ...flags,
  ...library,
  ...importing,
  ...reading,
  ...exporting,
  ...review,
  ...source,
  ...grid,
  ...charts,
  ...notes,
  ...flagRules,
  ...compare,
  ...packs,
  ...print,
  ...settings,
};

/** every group, for the test that checks keys are unique and every entry has both languages */
export const MESSAGE_GROUPS = {
  app,
  common,
  flags,
  library,
  importing,
  reading,
  export: exporting,
  review,
  source,
  grid,
  charts,
  notes,
  flagRules,
  compare,
  packs,
  print,
  settings,
};

export type MessageKey = keyof typeof MESSAGES;

type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** the `{names}` an entry fills in (from both languages) */
export type MessageParams<K extends MessageKey> =
  Placeholders<(typeof MESSAGES)[K]['ko']> | Placeholders<(typeof MESSAGES)[K]['en']>;

/** no second argument for a text without placeholders; an object of every placeholder otherwise */
export type ParamsArg<K extends MessageKey, V = string | number> = [MessageParams<K>] extends [
  never,
]
  ? []
  : [params: Record<MessageParams<K>, V>];
