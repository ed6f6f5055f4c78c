/**
 * A short name for an article in summaries and reports: its publisher, else its id without folders
 * and extension ("corpus/articles/000_5e81.txt" → "000_5e81"), so that columns of outlets stay narrow.
 */
export function articleLabel(article: { readonly id: string; readonly publisher?: string }): string {
  if (article.publisher) return article.publisher;
  const base = article.id.split(/[\\/]/).pop() ?? article.id;
  const stem = base.replace(/\.(txt|md|markdown|html?|jsonl)$/i, '');
  return stem === '' ? article.id : stem;
}

/**
 * The outlet of an article as a reader knows it: the site's own name ("Ars Technica"), else its
 * publisher, else the host of its URL ("www.reuters.com" → "reuters.com"); never a file name or a
 * local path (a batch of files read from a folder has neither), so `article 3` by input position.
 */
export function outletName(
  article: { readonly siteName?: string; readonly publisher?: string; readonly url?: string },
  index: number,
): string {
  const named = article.siteName?.trim() || article.publisher?.trim();
  if (named && !looksLikePath(named)) return named;
  const host = article.url ? hostOf(article.url) : undefined;
  return host ?? `article ${index + 1}`;
}

function hostOf(url: string): string | undefined {
  const match = /^https?:\/\/(?:www\.)?([^/?#:\s]+)/i.exec(url.trim());
  return match?.[1]?.toLowerCase();
}

function looksLikePath(name: string): boolean {
  return /^(?:[a-z]:)?[\\/]|\.(?:txt|md|html?|jsonl?)$/i.test(name);
}
