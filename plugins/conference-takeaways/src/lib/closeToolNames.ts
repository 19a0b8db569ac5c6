import leven from 'leven';

/** How many suggestions an unknown tool gets at most. */
const MAX_SUGGESTIONS = 5;

function normalize(text: string): string {
  return text.toLocaleLowerCase('en-US').replace(/[\s_.-]+/g, '');
}

/**
 * Known tools whose slug or name is close to what someone typed: the same
 * letters with a few typos, or one containing the other (`otel` →
 * `otel-collector`). Closest first, at most five.
 */
export function closeToolNames<T extends { slug: string; name: string }>(
  typed: string,
  tools: T[],
): T[] {
  const wanted = normalize(typed);
  if (!wanted) {
    return [];
  }
  // a typo per three letters, at least one and at most three
  const allowed = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  const scored: Array<{ tool: T; distance: number }> = [];
  for (const tool of tools) {
    let best = Infinity;
    for (const candidate of [normalize(tool.slug), normalize(tool.name)]) {
      const distance =
        wanted.length >= 3 &&
        (candidate.includes(wanted) || wanted.includes(candidate))
          ? 0.5
          : leven(wanted, candidate);
      best = Math.min(best, distance);
    }
    if (best <= allowed) {
      scored.push({ tool, distance: best });
    }
  }
  return scored
    .sort(
      (a, b) =>
        a.distance - b.distance || a.tool.name.localeCompare(b.tool.name),
    )
    .slice(0, MAX_SUGGESTIONS)
    .map(s => s.tool);
}
