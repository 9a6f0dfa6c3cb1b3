import { z } from 'zod';

/** The main window's last normal bounds, kept in userData/window-state.json. */
export const WindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean().optional(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How much of the window's top edge must be on a screen so the user can still grab it. */
const MIN_VISIBLE = { width: 100, height: 40 };

/**
 * Reads a saved state; returns null (so the default size is used) when the file is missing,
 * is not JSON, fails the schema, or would put the window off every current display.
 */
export function parseWindowState(
  text: string | null,
  displays: readonly Area[],
): WindowState | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = WindowStateSchema.safeParse(json);
  if (!parsed.success) return null;
  const titleBar = { ...parsed.data, height: MIN_VISIBLE.height };
  return displays.some((display) => overlaps(titleBar, display)) ? parsed.data : null;
}

function overlaps(a: Area, b: Area): boolean {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width >= MIN_VISIBLE.width && height >= MIN_VISIBLE.height;
}
