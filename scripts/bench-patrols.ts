/**
 * The patrols part of npm run bench (BENCH_PART=patrols runs it alone): judging a 20,000-point track
 * (a 5.5-hour walk with a fix every second, back and forth along a 10 km segment) and checking it,
 * 40 timed runs after 3 warm-ups; p50 and p99 of wall-clock time, and of CPU time (the figure that
 * stays meaningful when the machine is shared). Written to bench-results/patrols.json by merging keys,
 * so the figures other parts of the patrol module add there (board_ms_1_season, board_ms_10_seasons)
 * stay.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { judgePatrol } from '../src/modules/patrols/patrol-judge.ts';
import { makeRiverLine, makeWalk } from '../src/modules/patrols/patrol-track-maker.ts';
import { checkTrack } from '../src/modules/patrols/patrol-track.ts';
import { defaultThresholds } from '../src/modules/patrols/patrol-thresholds.ts';

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;

/** Wall-clock and CPU milliseconds of each run (CPU time tells the work apart from a busy machine's waiting). */
function time(runs: number, work: () => unknown): number[] & { cpu: number[] } {
  for (let i = 0; i < 3; i++) work();
  const times = Object.assign([] as number[], { cpu: [] as number[] });
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    work();
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    times.cpu.push((used.user + used.system) / 1000);
  }
  return times;
}

/** Measures, merges the figures into bench-results/patrols.json and answers them. */
export function benchPatrols(root: string, log: (message: string) => void): Record<string, unknown> {
  const segment = makeRiverLine({ lng: 113.1, lat: 36.2, lengthMetres: 10_000, seed: 3 });
  const start = Date.UTC(2026, 10, 25, 0);
  const points = makeWalk(segment, { seed: 5, start, minutes: 20_000 / 60, intervalSeconds: [1, 1] }).slice(0, 20_000);
  const photos = points.filter((_, i) => i % 1000 === 0).map((p) => ({ t: p.t, lat: p.lat, lng: p.lng }));
  const now = new Date(start + 24 * 3_600_000);
  const target = { geometry: segment, rangeMetres: 10 };
  const judgement = judgePatrol(points, photos, target, defaultThresholds.village);
  log(`judging ${points.length} points against a 10 km segment: ${judgement.verdict}`);
  const runs = 40;
  const judge = time(runs, () => judgePatrol(points, photos, target, defaultThresholds.village));
  const check = time(runs, () => checkTrack(points, now));
  const million = new Array<unknown>(1_000_000).fill(points[0]);
  const refuse = time(runs, () => checkTrack(million, now));
  const figures = {
    patrols_measured_at: new Date().toISOString(),
    patrols_machine: { cpus: os.cpus().length, node: process.version, load_average_1m: round(os.loadavg()[0] ?? 0) },
    judge_points: points.length,
    judge_segment_metres: round(judgement.figures.segmentLengthMetres, 0),
    judge_runs: runs,
    judge_verdict: judgement.verdict,
    judge_20k_points_ms_p50: round(percentile(judge, 0.5)),
    judge_20k_points_ms_p99: round(percentile(judge, 0.99)),
    judge_20k_points_cpu_ms_p50: round(percentile(judge.cpu, 0.5)),
    judge_20k_points_cpu_ms_p99: round(percentile(judge.cpu, 0.99)),
    check_track_20k_ms_p50: round(percentile(check, 0.5)),
    check_track_20k_ms_p99: round(percentile(check, 0.99)),
    check_track_1m_refused_ms_p99: round(percentile(refuse, 0.99), 3),
  };
  const file = path.join(root, 'bench-results/patrols.json');
  let existing: Record<string, unknown> = {};
  try {
    existing = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    // no figures yet
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ ...existing, ...figures }, null, 2)}\n`);
  log(
    `judge p50 ${figures.judge_20k_points_ms_p50} ms, p99 ${figures.judge_20k_points_ms_p99} ms (CPU p50 ${figures.judge_20k_points_cpu_ms_p50} ms, p99 ${figures.judge_20k_points_cpu_ms_p99} ms); checkTrack p99 ${figures.check_track_20k_ms_p99} ms; written bench-results/patrols.json`,
  );
  return figures;
}
