import type { PlainMessageKey } from '../i18n/message-types.ts';

/** Data each route carries for the frame (header title, document title). */
export interface RouteHandle {
  titleKey: PlainMessageKey;
}

export function routeHandle(titleKey: PlainMessageKey): RouteHandle {
  return { titleKey };
}

export function isRouteHandle(value: unknown): value is RouteHandle {
  return typeof value === 'object' && value !== null && 'titleKey' in value;
}
