import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createPipeline, type Pipeline } from '../pipeline.js';
import type { NewsDocument } from '../types.js';
import { extractUnit } from './extract-unit.js';
import type { InputUnit } from './inputs.js';

export interface WorkerSetup {
  referenceDate?: string;
  tokens: boolean;
  scope?: 'statements' | 'attributions';
  noEntityModel?: boolean;
  dateOrder?: 'month-first' | 'day-first';
}

/** The pipeline a setup asks for: the same in-process and in every worker thread. */
export function pipelineFor(setup: WorkerSetup): Pipeline {
  return createPipeline({
    ...(setup.referenceDate ? { referenceDate: setup.referenceDate } : {}),
    ...(setup.scope ? { quotes: { scope: setup.scope } } : {}),
    ...(setup.noEntityModel ? { entities: { model: false } } : {}),
    ...(setup.dateOrder ? { dates: { order: setup.dateOrder } } : {}),
  });
}
export interface WorkerRequest {
  task: number;
  unit: InputUnit;
}
export type WorkerResponse = { task: number; doc: NewsDocument } | { task: number; error: string };

/** Extracts units, in-process or spread over worker threads; `close` frees the threads. */
export interface Extractor {
  extract(unit: InputUnit): Promise<NewsDocument>;
  close(): Promise<void>;
}

export function inProcessExtractor(setup: WorkerSetup): Extractor {
  const pipeline = pipelineFor(setup);
  return {
    extract: async (unit) => extractUnit(pipeline, unit, setup.tokens),
    close: async () => {},
  };
}

/** The worker script built beside the command (dist/worker.js); absent when running from sources. */
export function workerScript(): URL | null {
  const url = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

interface Slot {
  worker: Worker;
  busy: { task: number; resolve: (doc: NewsDocument) => void; reject: (error: Error) => void } | null;
}

/**
 * A pool of `size` worker threads, started lazily as work arrives. Tasks queue in order; a thread that
 * dies fails only the article it was working on and is replaced.
 */
export function workerPoolExtractor(script: URL, size: number, setup: WorkerSetup): Extractor {
  const slots: Slot[] = [];
  const queue: {
    task: number;
    unit: InputUnit;
    resolve: (doc: NewsDocument) => void;
    reject: (error: Error) => void;
  }[] = [];
  let nextTask = 0;
  let closed = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { workerData: setup }), busy: null };
    slot.worker.on('message', (response: WorkerResponse) => {
      const busy = slot.busy;
      slot.busy = null;
      if (busy) {
        if ('doc' in response) busy.resolve(response.doc);
        else busy.reject(new Error(response.error));
      }
      dispatch();
    });
    const fail = (error: Error) => {
      const busy = slot.busy;
      slot.busy = null;
      slots.splice(slots.indexOf(slot), 1);
      busy?.reject(new Error(`worker thread failed: ${error.message}`));
      if (!closed) dispatch();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (!closed && slots.includes(slot)) fail(new Error(`exited with code ${code}`));
    });
    slots.push(slot);
    return slot;
  };

  const dispatch = () => {
    while (queue.length > 0) {
      let slot = slots.find((candidate) => candidate.busy === null);
      if (!slot && slots.length < size) slot = spawn();
      if (!slot) return;
      const job = queue.shift()!;
      slot.busy = { task: job.task, resolve: job.resolve, reject: job.reject };
      slot.worker.postMessage({ task: job.task, unit: job.unit } satisfies WorkerRequest);
    }
  };

  return {
    extract(unit) {
      return new Promise((resolve, reject) => {
        queue.push({ task: nextTask++, unit, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
