/**
 * "한빛구의회 제312회 한빛구의회 제2차 정례회" reads badly: reports often name the council inside
 * the session line, so the council goes only when the session does not already say it.
 */
export function councilAndSession(
  council: string | undefined,
  session: string | undefined,
  separator = ' ',
): string {
  const name = council?.trim();
  const when = session?.trim();
  if (name && when && when.includes(name)) return when;
  return [name, when].filter(Boolean).join(separator);
}
