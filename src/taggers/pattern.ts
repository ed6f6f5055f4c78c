import type { DocumentDraft } from '../document.js';
import { NewsExtractError, type Tagger } from '../tagger.js';
import type { EntityType } from '../types.js';
import { emitLabel } from './emit.js';

export interface PatternRule {
  /** A regular expression (the global flag is added) or its source. */
  pattern: RegExp | string;
  /** An entity type (becomes an entity mention) or any other label (goes to `doc.spans[label]`). */
  type: EntityType | (string & {});
  /** Capture group whose span is labelled; default 0 (the whole match). Needs the `d` flag semantics. */
  group?: number;
}

export interface PatternOptions {
  /** Stage name; default `patterns`. */
  name?: string;
  patterns: readonly PatternRule[];
  /** Default: before `entities`. */
  before?: string;
  after?: string;
}

/**
 * A tagger that labels regular-expression matches. It reads the analysis text, so boilerplate lines
 * never match. Patterns are the caller's: keep them free of nested quantifiers.
 */
export function patternTagger(options: PatternOptions): Tagger {
  const name = options.name ?? 'patterns';
  const rules = options.patterns.map((rule) => {
    if (!rule || typeof rule.type !== 'string' || !rule.type) {
      throw new NewsExtractError(`pattern tagger "${name}": each pattern needs a type`);
    }
    const source = typeof rule.pattern === 'string' ? rule.pattern : rule.pattern.source;
    const flags = typeof rule.pattern === 'string' ? 'u' : rule.pattern.flags;
    let regex: RegExp;
    try {
      // regex-safety: the caller's own pattern (documented: keep it free of nested quantifiers).
      regex = new RegExp(source, [...new Set(`${flags}gd`)].join(''));
    } catch (error) {
      throw new NewsExtractError(`pattern tagger "${name}": invalid pattern /${source}/: ${(error as Error).message}`);
    }
    return { regex, type: rule.type, group: rule.group ?? 0 };
  });

  return {
    name,
    before: options.after ? undefined : (options.before ?? 'entities'),
    after: options.after,
    tag(doc: DocumentDraft) {
      for (const rule of rules) {
        rule.regex.lastIndex = 0;
        for (const match of doc.analysisText.matchAll(rule.regex)) {
          const range = match.indices?.[rule.group];
          if (!range) continue;
          let [start, end] = range;
          // Labels never include surrounding whitespace.
          while (start < end && /\s/.test(doc.text[start] ?? '')) start++;
          while (end > start && /\s/.test(doc.text[end - 1] ?? '')) end--;
          if (end > start) emitLabel(doc, name, rule.type, start, end);
        }
      }
    },
  };
}
