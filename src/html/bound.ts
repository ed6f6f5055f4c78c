/// <reference lib="dom" />
/**
 * Bounds the nesting depth of a page's markup before any DOM is built from it.
 *
 * Why: htmlparser2 (under linkedom) searches its open-element stack on every closing tag, so 400,000
 * nested `<div>`s take minutes, and Readability's scoring is worse still (2,000 nested `<div>`s around
 * one paragraph: 50 s). Real pages nest 20 to 60 deep. This scanner is linear: it keeps its own stack
 * of open elements (closing tags search only its top few entries), and past `MAX_DEPTH` it drops the
 * tags but keeps their text, so a hostile page reads as flat text instead of hanging the reader.
 * A page that never goes that deep is returned unchanged, byte for byte.
 */
export const MAX_DEPTH = 160;

/** Elements whose content is raw text: a `<div>` inside a script is not a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
]);
/** Elements that an opening tag of the same name closes (`<p>a<p>b`, `<li>a<li>b`). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);
/** How far down its stack a closing tag looks for its element (a stray `</div>` is ignored). */
const CLOSE_SEARCH = 8;

const closers = new Map<string, RegExp>();
function rawTextEnd(name: string): RegExp {
  let closer = closers.get(name);
  // regex-safety: `name` is one of RAW_TEXT's tag names, a literal without any operator.
  if (!closer) {
    closer = new RegExp(`</${name}`, 'gi');
    closers.set(name, closer);
  }
  return closer;
}

// The lookahead keeps the name from giving back characters to `[^<>]*`, and a tag cannot contain `<`:
// each `<` is tried once, so a page of unclosed `<a<a<a` stays linear.
const MARKUP = /<!--|<\/?([a-zA-Z][a-zA-Z0-9:-]*)(?![a-zA-Z0-9:-])[^<>]*>/g;

export function boundNesting(html: string, maxDepth = MAX_DEPTH): string {
  const stack: string[] = [];
  const pieces: string[] = [];
  let copiedTo = 0;
  let flattened = false;
  MARKUP.lastIndex = 0;
  for (let match = MARKUP.exec(html); match; match = MARKUP.exec(html)) {
    const tag = match[0];
    if (tag === '<!--') {
      const end = html.indexOf('-->', match.index + 4);
      MARKUP.lastIndex = end < 0 ? html.length : end + 3;
      continue;
    }
    const name = (match[1] ?? '').toLowerCase();
    const closing = tag.charCodeAt(1) === 47; // '/'
    let drop = false;
    if (closing) {
      const from = Math.max(0, stack.length - CLOSE_SEARCH);
      let at = -1;
      for (let i = stack.length - 1; i >= from; i--)
        if (stack[i] === name) {
          at = i;
          break;
        }
      if (at >= 0) stack.length = at;
      else drop = stack.length >= maxDepth;
    } else {
      if (SELF_CLOSING_SIBLINGS.has(name) && stack[stack.length - 1] === name) stack.pop();
      const selfClosed = tag.endsWith('/>');
      if (RAW_TEXT.has(name)) {
        const closer = rawTextEnd(name);
        closer.lastIndex = MARKUP.lastIndex;
        MARKUP.lastIndex = closer.test(html) ? closer.lastIndex - name.length - 2 : html.length;
      } else if (!VOID.has(name) && !selfClosed) {
        if (stack.length >= maxDepth) drop = true;
        else stack.push(name);
      }
    }
    if (drop) {
      pieces.push(html.slice(copiedTo, match.index));
      copiedTo = match.index + tag.length;
      flattened = true;
    }
  }
  if (!flattened) return html;
  pieces.push(html.slice(copiedTo));
  return pieces.join('');
}

/**
 * The same bound for a `Document` a caller passes (a browser's own page): elements deeper than
 * `maxDepth` are replaced by their text. Works on the clone readArticle makes, never the caller's page.
 */
export function flattenDeepElements(root: Element, maxDepth = MAX_DEPTH): void {
  const pending: [Element, number][] = [[root, 1]];
  while (pending.length > 0) {
    const [element, depth] = pending.pop()!;
    if (depth >= maxDepth) {
      if (element.firstElementChild) element.textContent = element.textContent ?? '';
      continue;
    }
    for (let child = element.firstElementChild; child; child = child.nextElementSibling)
      pending.push([child, depth + 1]);
  }
}
