/**
 * Matches marked by Meilisearch with private-use characters, then turned into
 * HTML-escaped snippets with <mark>…</mark>: whatever a document holds, a
 * snippet is safe to insert as HTML.
 */
export const OPEN = '\uE000';
export const CLOSE = '\uE001';

/** The search parameters that make Meilisearch mark matches so. */
export const MARKED_MATCHES = { highlightPreTag: OPEN, highlightPostTag: CLOSE, cropLength: 24 } as const;

/** HTML escapes and the marks' tags, replaced in one pass (one new string per snippet, not three). */
const SNIPPET_REPLACEMENTS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  [OPEN]: '<mark>',
  [CLOSE]: '</mark>',
};
const SNIPPET_SPECIALS = new RegExp(`[${Object.keys(SNIPPET_REPLACEMENTS).join('')}]`, 'g');

export const hasMatch = (text: string) => text.includes(OPEN);

/** A marked text as a safe HTML snippet. */
export const markedSnippet = (text: string) => text.replace(SNIPPET_SPECIALS, (c) => SNIPPET_REPLACEMENTS[c]);

/**
 * The matching pieces of a hit's formatted fields, in the order of `fields`:
 * one per matching string, and one per matching element of a list (an
 * agenda's sessions, a programme's modules).
 */
export function matchedSnippets(
  formatted: Record<string, unknown> | undefined,
  fields: readonly string[],
): { field: string; snippet: string }[] {
  if (!formatted) return [];
  return fields.flatMap((field) => {
    const value = formatted[field];
    const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    return texts
      .filter((text): text is string => typeof text === 'string' && hasMatch(text))
      .map((text) => ({ field, snippet: markedSnippet(text) }));
  });
}
