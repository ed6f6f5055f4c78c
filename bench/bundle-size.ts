/**
 * Size of the main entry in a browser: dist/index.js bundled by esbuild for the browser (ESM, minified,
 * dependencies included), raw and gzip (level 9), split into our part and wink-nlp's (its code and
 * the eng-lite-web-model it loads). Our part is the same bundle with both wink packages external; the
 * NER weights (dist/ner-weights.json) are shown within it. Also the npm tarball (`npm pack --dry-run`).
 * Run by `npm run bench` (and alone with `npm run bench -- --bundle`, a few seconds).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface SizeFigures {
  /** Bytes, uncompressed (minified for bundles). */
  readonly raw: number;
  /** Bytes after gzip -9. */
  readonly gzip: number;
}

export interface BundleFigures {
  readonly whole: SizeFigures;
  /** The library without wink-nlp and its model (both external). */
  readonly ours: SizeFigures;
  /** Within ours: the NER weights file, as bundled. */
  readonly nerWeights: SizeFigures;
  /** whole minus ours: wink-nlp's code and the eng-lite-web-model data. */
  readonly wink: SizeFigures;
  /** Biggest inputs of the whole bundle, minified bytes. */
  readonly largestInputs: readonly { readonly path: string; readonly bytes: number }[];
  readonly pack: { readonly packed: number; readonly unpacked: number; readonly files: number };
}

const gzipSize = (data: string | Uint8Array): number => gzipSync(data, { level: 9 }).length;

interface Bundled {
  readonly size: SizeFigures;
  /** Minified bytes per input file. */
  readonly inputs: Record<string, number>;
}

async function bundle(entry: string, external: string[]): Promise<Bundled> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    minify: true,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    external,
    outfile: 'bundle.js',
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('bench: esbuild wrote no bundle');
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  return {
    size: { raw: output.contents.length, gzip: gzipSize(output.contents) },
    inputs: Object.fromEntries(Object.entries(inputs).map(([path, input]) => [path, input.bytesInOutput])),
  };
}

export async function measureBundle(root: string): Promise<BundleFigures> {
  const entry = join(root, 'dist', 'index.js');
  const whole = await bundle(entry, []);
  const ours = await bundle(entry, ['wink-nlp', 'wink-eng-lite-web-model']);
  // As the bundler writes it: the JSON re-serialised compactly, minus nothing (it is all base64).
  const weightsText = JSON.stringify(JSON.parse(readFileSync(join(root, 'dist', 'ner-weights.json'), 'utf8')));
  const packArgs = ['pack', '--dry-run', '--json', '--ignore-scripts'];
  const packJson = execFileSync('npm', packArgs, { cwd: root, encoding: 'utf8' });
  const pack = (JSON.parse(packJson) as { size: number; unpackedSize: number; entryCount: number }[])[0];
  return {
    whole: whole.size,
    ours: ours.size,
    nerWeights: { raw: weightsText.length, gzip: gzipSize(weightsText) },
    wink: { raw: whole.size.raw - ours.size.raw, gzip: whole.size.gzip - ours.size.gzip },
    largestInputs: Object.entries(whole.inputs)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([path, bytes]) => ({ path: path.replace(/^.*node_modules\//, ''), bytes })),
    pack: { packed: pack?.size ?? NaN, unpacked: pack?.unpackedSize ?? NaN, files: pack?.entryCount ?? NaN },
  };
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(2);

/** Rows for formatTable: what, raw MB, gzip MB. */
export function bundleRows(figures: BundleFigures): string[][] {
  return [
    ['browser bundle of the main entry (esbuild, minified)', 'raw MB', 'gzip MB'],
    ['whole', mb(figures.whole.raw), mb(figures.whole.gzip)],
    ['  ours (wink-nlp and its model external)', mb(figures.ours.raw), mb(figures.ours.gzip)],
    ['    of which the NER weights', mb(figures.nerWeights.raw), mb(figures.nerWeights.gzip)],
    ["  wink-nlp's code and model (whole - ours)", mb(figures.wink.raw), mb(figures.wink.gzip)],
    [
      `npm tarball (npm pack --dry-run, ${figures.pack.files} files)`,
      mb(figures.pack.unpacked),
      mb(figures.pack.packed),
    ],
  ];
}
