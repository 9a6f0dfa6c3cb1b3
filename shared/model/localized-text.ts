import { z } from 'zod';

/** A message in both of the app's languages: findings, import warnings, reader errors. */
export const LocalizedTextSchema = z.object({ ko: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
