import { parentPort, workerData } from 'node:worker_threads';
import { extractUnit } from './extract-unit.js';
import { pipelineFor, type WorkerRequest, type WorkerResponse, type WorkerSetup } from './pool.js';

// One pipeline per worker thread: the language model loads once per thread, not once per article.
const setup = workerData as WorkerSetup;
const pipeline = pipelineFor(setup);

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { task: request.task, doc: extractUnit(pipeline, request.unit, setup.tokens) };
  } catch (error) {
    response = { task: request.task, error: (error as Error)?.message ?? String(error) };
  }
  parentPort?.postMessage(response);
});
