/** The date an article carries itself ("KYIV, May 23 (Reuters) -", "Published 23 May 2024"), as YYYY-MM-DD. */
export function findDatelineDate(text: string): string | null {
  void text;
  return null;
}
