import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import type { NotificationHub } from './notification-hub.ts';
import type { NotificationView } from './notifications.schemas.ts';
import type { StreamStart } from './notifications.service.ts';

export interface StreamOptions {
  /** How often a stream also reads the database, for rows no wake announced (another instance wrote them). */
  pollIntervalMs?: number;
  /** How often a comment line keeps proxies and browsers from closing an idle stream. */
  keepAliveMs?: number;
  /** How often the stream checks that its session or token is still valid. */
  recheckMs?: number;
  /**
   * How long an id below the newest sent is still looked for. Identity values are taken when a row
   * is inserted but become visible when its transaction commits, so a row can appear after a
   * greater id was already sent; the stream keeps looking this far back for such rows.
   */
  lookbackMs?: number;
}

export const defaultStreamOptions: Required<StreamOptions> = {
  pollIntervalMs: 5000,
  keepAliveMs: 20_000,
  recheckMs: 60_000,
  lookbackMs: 60_000,
};

/** A client that reads slower than this much buffered output is cut off (it reconnects and resumes). */
const maxBuffered = 1024 * 1024;

export interface StreamSource {
  /** Rows above `floor` that are not among `sentIds`, oldest first, at most `batch`. */
  next(floor: number, sentIds: readonly number[]): Promise<NotificationView[]>;
  stillAllowed(): Promise<boolean>;
  batch: number;
}

export interface LiveStream {
  /** Ends the response and stops the timers; `destroy` also drops the connection (server shutdown). */
  end(options?: { destroy?: boolean }): void;
  readonly ended: Promise<void>;
}

function event(name: string, id: number | null, data: unknown): string {
  return `event: ${name}\n${id === null ? '' : `id: ${id}\n`}data: ${JSON.stringify(data)}\n\n`;
}

/**
 * Serves one person's server-sent events on a response the caller took over (hijacked): `ready`
 * with the unread count, then each notification once, as `notification` with its id (the greatest
 * id sent so far, which a reconnection passes back as Last-Event-ID).
 */
export function startLiveStream(params: {
  res: ServerResponse;
  headers: OutgoingHttpHeaders;
  start: StreamStart;
  hub: NotificationHub;
  source: StreamSource;
  options: Required<StreamOptions>;
  log: FastifyBaseLogger;
}): LiveStream {
  const { res, start, hub, source, options, log } = params;
  let cursor = start.cursor;
  let floor = start.floor;
  /** Ids above `floor` already sent. */
  const sent = new Set<number>();
  /** The cursor as it was at each moment; the floor follows it `lookbackMs` behind. */
  const marks: { at: number; cursor: number }[] = [{ at: Date.now(), cursor }];
  let ended = false;
  let running = false;
  let again = false;
  let resolveEnded!: () => void;
  const endedPromise = new Promise<void>((resolve) => (resolveEnded = resolve));

  const write = (chunk: string) => {
    if (ended) return;
    res.write(chunk);
    if (res.writableLength > maxBuffered) {
      log.warn({ personId: start.personId }, 'notification stream: client too slow, closing');
      end();
    }
  };

  const send = (view: NotificationView) => {
    if (view.id <= floor || sent.has(view.id)) return;
    sent.add(view.id);
    cursor = Math.max(cursor, view.id);
    write(event('notification', cursor, view));
  };

  const advanceFloor = (now: number) => {
    while (marks.length > 0 && now - marks[0]!.at >= options.lookbackMs) {
      floor = Math.max(floor, marks.shift()!.cursor);
    }
    for (const id of sent) if (id <= floor) sent.delete(id);
  };

  const pull = async () => {
    if (ended) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        advanceFloor(Date.now());
        const rows = await source.next(floor, [...sent]);
        if (ended) return;
        for (const row of rows) send(row);
        if (marks.at(-1)?.cursor !== cursor) marks.push({ at: Date.now(), cursor });
        if (rows.length >= source.batch) again = true;
      } while (again && !ended);
    } catch (error) {
      log.warn({ err: error, personId: start.personId }, 'notification stream: reading new notifications failed');
    } finally {
      running = false;
    }
  };

  const recheck = async () => {
    try {
      if (!ended && !(await source.stillAllowed())) end();
    } catch (error) {
      log.warn({ err: error, personId: start.personId }, 'notification stream: session check failed');
    }
  };

  let unsubscribe = () => {};
  const timers: NodeJS.Timeout[] = [];

  // The client went away (or the response ended): stop everything.
  res.on('close', () => end());
  res.writeHead(200, params.headers);
  write(`retry: 5000\n${event('ready', start.cursor, { unread: start.unread })}`);
  for (const view of start.missed) send(view);
  if (!ended) {
    unsubscribe = hub.subscribe(start.personId, () => void pull());
    timers.push(
      setInterval(() => void pull(), options.pollIntervalMs),
      setInterval(() => write(': keep-alive\n\n'), options.keepAliveMs),
      setInterval(() => void recheck(), options.recheckMs),
    );
    for (const timer of timers) timer.unref();
  }
  return { end, ended: endedPromise };

  function end(endOptions: { destroy?: boolean } = {}): void {
    if (!ended) {
      ended = true;
      for (const timer of timers) clearInterval(timer);
      unsubscribe();
      if (!res.writableEnded) res.end();
      resolveEnded();
    }
    if (endOptions.destroy && !res.destroyed) {
      // Let the end of the stream reach the client, then drop the connection (a client that reads
      // nothing any more gets a second at most) so a closing server need not wait for it.
      if (res.writableFinished) res.destroy();
      else {
        const timer = setTimeout(() => res.destroy(), 1000);
        timer.unref();
        res.once('finish', () => {
          clearTimeout(timer);
          res.destroy();
        });
      }
    }
  }
}
