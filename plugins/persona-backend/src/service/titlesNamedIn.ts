/**
 * The entries of `titles` whose refs `value` names somewhere, so that an
 * answer cut short carries the display names of what it still shows only.
 */
export function titlesNamedIn(
  value: unknown,
  titles: Record<string, string> | undefined,
): Record<string, string> {
  const named: Record<string, string> = {};
  if (!titles) return named;
  const visit = (v: unknown) => {
    if (typeof v === 'string') {
      if (Object.hasOwn(titles, v)) named[v] = titles[v];
    } else if (Array.isArray(v)) {
      v.forEach(visit);
    } else if (v && typeof v === 'object') {
      Object.values(v).forEach(visit);
    }
  };
  visit(value);
  return named;
}
