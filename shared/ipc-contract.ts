import { z } from 'zod';

/**
 * The one contract between the renderer and Electron's main process (Actual Budget style): each
 * channel names the schema of its argument and of its result. The preload forwards only these
 * channels; main validates every argument with these schemas before touching a dialog or a file.
 */

/** Files bigger than this are refused with a clear message instead of being read into memory. */
export const MAX_IPC_FILE_BYTES = 200 * 1024 * 1024;

const bytes = z.custom<Uint8Array>(
  (value) => value instanceof Uint8Array,
  'expected bytes (Uint8Array)',
);
const fileName = z.string().trim().min(1, 'a file name is required').max(255);

export const OpenFilesArgsSchema = z.strictObject({
  /** extensions with a dot ('.txt') or MIME types, as an <input accept> takes them */
  accept: z.array(z.string().min(1).max(100)).max(50),
  multiple: z.boolean().optional(),
});

/** `size` (with no bytes) when the file is larger than MAX_IPC_FILE_BYTES: the renderer says so */
export const PickedFileSchema = z.object({
  name: z.string(),
  bytes,
  size: z.number().int().nonnegative().optional(),
});

export const SaveFileArgsSchema = z.strictObject({
  suggestedName: fileName,
  data: z.union([bytes, z.string()]),
  filters: z
    .array(z.strictObject({ name: z.string().max(100), extensions: z.array(z.string().max(20)) }))
    .max(20)
    .optional(),
});

export const SaveResultSchema = z.object({ saved: z.boolean(), path: z.string().optional() });

export const PrintToPdfArgsSchema = z.strictObject({
  title: z.string().max(500),
  suggestedName: fileName,
  landscape: z.boolean().optional(),
});

export const NoArgsSchema = z.strictObject({});

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
});

export const BackupFolderSchema = z.object({ folder: z.string().optional() });

/**
 * The only names backup:write takes: the automatic backup's own, one file per day, e.g.
 * 의회예산검토-자동백업-2026-11-23.cbr-backup. No folders, no other file in the chosen folder can
 * be written or overwritten through it.
 */
export const AUTO_BACKUP_NAME = /^의회예산검토-자동백업-\d{4}-\d{2}-\d{2}\.cbr-backup$/;

export function isAutoBackupName(name: string): boolean {
  return AUTO_BACKUP_NAME.test(name);
}

export const WriteBackupArgsSchema = z.strictObject({
  folder: z.string().min(1),
  name: z
    .string()
    .refine(
      isAutoBackupName,
      'a backup name is the automatic backup’s own: 의회예산검토-자동백업-YYYY-MM-DD.cbr-backup',
    ),
  bytes,
});

export const ipcContract = {
  'dialog:openFiles': { args: OpenFilesArgsSchema, result: z.array(PickedFileSchema) },
  'file:save': { args: SaveFileArgsSchema, result: SaveResultSchema },
  'pdf:print': { args: PrintToPdfArgsSchema, result: SaveResultSchema },
  'app:info': { args: NoArgsSchema, result: AppInfoSchema },
  'backup:chooseFolder': { args: NoArgsSchema, result: BackupFolderSchema },
  'backup:write': { args: WriteBackupArgsSchema, result: SaveResultSchema },
} as const;

export type IpcContract = typeof ipcContract;
export type IpcChannel = keyof IpcContract;
export type IpcArgs<K extends IpcChannel> = z.input<IpcContract[K]['args']>;
export type IpcResult<K extends IpcChannel> = z.output<IpcContract[K]['result']>;

/** What main implements: one function per channel. */
export type IpcHandlers = { [K in IpcChannel]: (args: IpcArgs<K>) => Promise<IpcResult<K>> };

/** Commands the application menu sends to the renderer (main → renderer, no reply). */
export const MENU_COMMAND_CHANNEL = 'menu:command';
export const MENU_COMMANDS = ['import-report'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The object the preload exposes as `window.cbr`. */
export interface IpcApi {
  invoke<K extends IpcChannel>(channel: K, args: IpcArgs<K>): Promise<IpcResult<K>>;
  /** subscribes to menu commands; returns the unsubscribe function */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The name under which the preload exposes the API on `window`. */
export const IPC_API_KEY = 'cbr';
