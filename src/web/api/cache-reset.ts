const resets = new Set<() => void>();

/**
 * Registers what to empty when the signed-in person changes. The query cache registers itself
 * when its module loads (query-client.ts, with the frames), so the sign-in page, which reads
 * through no cache, does not have to load TanStack Query.
 */
export function onPersonChange(reset: () => void): void {
  resets.add(reset);
}

/** Empties every registered cache: what one person read is not shown to the next. */
export function resetCaches(): void {
  for (const reset of resets) reset();
}
