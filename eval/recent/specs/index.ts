/** Every recent-news spec, one file per page of ../shared/datasets/webpages/. */
import type { RecentSpec } from '../spec.js';
import { aclu } from './aclu.js';
import { ars1 } from './ars-1.js';
import { citylab1 } from './citylab-1.js';
import { cnet } from './cnet.js';
import { engadget } from './engadget.js';
import { firefoxNightlyBlog } from './firefox-nightly-blog.js';
import { iab1 } from './iab-1.js';
import { lifehackerWorking } from './lifehacker-working.js';
import { medicalnewstoday } from './medicalnewstoday.js';
import { medium1 } from './medium-1.js';
import { nytimes4 } from './nytimes-4.js';
import { quanta1 } from './quanta-1.js';
import { webmd1 } from './webmd-1.js';
import { yahoo2 } from './yahoo-2.js';
import { yahoo3 } from './yahoo-3.js';

export const RECENT_SPECS: readonly RecentSpec[] = [
  aclu,
  ars1,
  citylab1,
  cnet,
  engadget,
  firefoxNightlyBlog,
  iab1,
  lifehackerWorking,
  medicalnewstoday,
  medium1,
  nytimes4,
  quanta1,
  webmd1,
  yahoo2,
  yahoo3,
];
