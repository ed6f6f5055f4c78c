/** The hand-written annotation specs, one file per article (see scripts/gold-author.ts). */
import type { ArticleSpec } from './gold-author.js';
import { spec000 } from './gold-spec-000.js';
import { spec001 } from './gold-spec-001.js';
import { spec002 } from './gold-spec-002.js';
import { spec003 } from './gold-spec-003.js';
import { spec004 } from './gold-spec-004.js';

export const GOLD_SPECS: readonly ArticleSpec[] = [spec000, spec001, spec002, spec003, spec004];
