/**
 * The story report's one inline script: it shows the filter form (hidden without script, so that a
 * page without script shows everything) and hides what the filters leave out, with counts. It reads
 * only the page's own data attributes, loads nothing and writes no markup (only `hidden` and text).
 * Kept small and dependency-free: the page's Content-Security-Policy names it by its sha256.
 */
export const STORY_SCRIPT = `(() => {
const form = document.getElementById('filters');
if (!form) return;
form.hidden = false;
const all = (selector) => [...document.querySelectorAll(selector)];
const articles = new Map(all('#article-list [data-article]').map((e) => [e.dataset.article, e.dataset]));
const listed = (value, wanted) => !wanted || (' ' + (value || '') + ' ').includes(' ' + wanted + ' ');
function apply() {
  const f = {
    speaker: form.elements.speaker.value, outlet: form.elements.outlet.value, entity: form.elements.entity.value,
    date: form.elements.date.value, text: form.elements.text.value.trim().toLowerCase(),
  };
  const articleOk = (id) => {
    const a = articles.get(id);
    return !!a && (!f.outlet || a.outlet === f.outlet) && (!f.date || a.date === f.date);
  };
  const inArticles = (e) => (e.dataset.articles || '').split(' ').some(articleOk);
  const hasText = (e) => !f.text || e.textContent.toLowerCase().includes(f.text);
  const show = (e, visible) => { e.hidden = !visible; return visible; };
  const counts = {};
  const count = (name, elements, test) => {
    counts[name] = [elements.filter((e) => show(e, test(e))).length, elements.length];
  };
  count('statements', all('[data-statement]'), (e) =>
    listed(e.dataset.speaker, f.speaker) && inArticles(e) && listed(e.dataset.entities, f.entity) && hasText(e));
  all('[data-speaker-card]').forEach((card) => show(card, !!card.querySelector('[data-statement]:not([hidden])')));
  const mention = (e) => inArticles(e) && listed(e.dataset.entities, f.entity);
  const timelines = [['dates', '[data-section="timeline"] > li'], ['unplaced', '[data-section="unresolved"] > li']];
  for (const [name, selector] of timelines) {
    count(name, all(selector), (entry) => {
      const whole = hasText(entry.querySelector('.when') || entry);
      const mentions = [...entry.querySelectorAll('[data-articles]')];
      const shown = mentions.filter((m) => show(m, mention(m) && (whole || hasText(m))));
      return shown.length > 0;
    });
  }
  count('entities', all('tr[data-entity]'), (row) =>
    (!f.entity || row.dataset.entity === f.entity) && inArticles(row) && hasText(row.querySelector('th') || row));
  count('articles', all('details[data-articles]'), (e) => inArticles(e) && listed(e.dataset.entities, f.entity));
  for (const out of all('[data-count]')) {
    const [shown, total] = counts[out.dataset.count] || [0, 0];
    out.textContent = shown === total ? String(total) : shown + ' of ' + total;
  }
  const status = document.getElementById('filter-status');
  const of = (name) => counts[name][0] + ' of ' + counts[name][1] + ' ' + name;
  if (status) status.textContent = 'Showing ' + of('statements') + ', ' + of('dates') + ', ' + of('entities') + '.';
}
form.addEventListener('input', apply);
form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('reset', () => setTimeout(apply));
})();`;
