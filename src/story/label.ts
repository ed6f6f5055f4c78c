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
