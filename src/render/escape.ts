/**
 * The one HTML-escaping helper of both reports (documents and stories): every piece of article text
 * and metadata goes through it, so an article containing `<script>` renders as text. Safe for an
 * element's text and for a quoted attribute; non-strings are stringified first.
 */
export function escapeHtml(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
