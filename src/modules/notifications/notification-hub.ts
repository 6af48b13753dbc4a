/**
 * In-process pub/sub that wakes the live streams (server-sent events) of the people who were just
 * notified. It carries no data: a woken stream reads its new rows from the database, so a wake that
 * is lost (or published by another instance, which this hub never sees) only delays delivery until
 * the stream's next poll.
 */
export interface NotificationHub {
  publish(personIds: readonly number[]): void;
  /** Calls `wake` whenever the person is notified; returns the function that unsubscribes (safe to call twice). */
  subscribe(personId: number, wake: () => void): () => void;
  /** Subscriptions currently open, over every person. */
  listenerCount(): number;
}

interface Subscription {
  wake: () => void;
}

export function createNotificationHub(): NotificationHub {
  const listeners = new Map<number, Set<Subscription>>();
  let count = 0;
  return {
    publish(personIds) {
      for (const personId of new Set(personIds)) {
        const subscriptions = listeners.get(personId);
        if (!subscriptions) continue;
        for (const subscription of [...subscriptions]) {
          try {
            subscription.wake();
          } catch {
            // One listener's failure must not keep the others asleep.
          }
        }
      }
    },
    subscribe(personId, wake) {
      const subscription: Subscription = { wake };
      let subscriptions = listeners.get(personId);
      if (!subscriptions) listeners.set(personId, (subscriptions = new Set()));
      subscriptions.add(subscription);
      count += 1;
      return () => {
        const current = listeners.get(personId);
        if (!current?.delete(subscription)) return;
        count -= 1;
        if (current.size === 0) listeners.delete(personId);
      };
    },
    listenerCount: () => count,
  };
}
