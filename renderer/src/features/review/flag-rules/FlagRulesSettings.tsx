/** Placeholder: the flag-rule editor shown in 설정 is being built. */
export function FlagRulesSettings() {
  return null;
}
