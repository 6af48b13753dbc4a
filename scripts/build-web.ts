import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/**
 * Builds the web app unless dist/web was built from exactly these sources, so a second
 * `npm start` does not wait for a build it does not need. `--force` always builds.
 */
const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'dist/web');
const stampFile = path.join(outDir, '.build-stamp');
const inputs = ['src/web', 'src/shared', 'vite.config.ts', 'package-lock.json', 'tsconfig.base.json'];

function listFiles(entry: string): string[] {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [entry];
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)))
    .sort();
}

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap(listFiles)) {
    hash.update(file);
    hash.update(fs.readFileSync(path.join(root, file)));
  }
  return hash.digest('hex');
}

/**
 * Writes .br and .gz beside every text asset worth compressing, so the server sends phones a
 * fraction of the bytes without compressing on each request (@fastify/static preCompressed).
 * Brotli at its highest quality: the files are compressed once per build, and quality 11 sends
 * about 8% fewer bytes than quality 9 (measured on the sign-in page's scripts). The files are
 * compressed in parallel on libuv's thread pool, which keeps the build to a few seconds more.
 */
async function compressAssets(dir: string): Promise<void> {
  const brotli = promisify(zlib.brotliCompress);
  const gzip = promisify(zlib.gzip);
  const jobs: Promise<void>[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(js|css|html|svg|json)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const data = fs.readFileSync(file);
    if (data.length < 1024) continue;
    const params = {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    };
    jobs.push(brotli(data, { params }).then((out) => fs.writeFileSync(`${file}.br`, out)));
    jobs.push(gzip(data, { level: 9 }).then((out) => fs.writeFileSync(`${file}.gz`, out)));
  }
  await Promise.all(jobs);
}

const wanted = sourceHash();
const built = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8').trim() : '';
if (!process.argv.includes('--force') && built === wanted && fs.existsSync(path.join(outDir, 'index.html'))) {
  process.stdout.write('web app is up to date (dist/web)\n');
} else {
  process.stdout.write('building the web app…\n');
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  await compressAssets(outDir);
  fs.writeFileSync(stampFile, `${wanted}\n`);
  process.stdout.write('web app built (dist/web)\n');
}
