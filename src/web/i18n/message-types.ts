import type { zhCN } from './messages-zh-cn.ts';

/** Every message key; the Chinese catalogue is the source of truth. */
export type MessageKey = keyof typeof zhCN;

/** A complete catalogue: one string for every key, no more, no less. */
export type Messages = Record<MessageKey, string>;

/** Names of the `{param}` placeholders in a template string. */
type PlaceholderNames<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholderNames<Rest>
  : never;

/** Parameter names that message `K` expects (`never` if it takes none). */
export type MessageParamNames<K extends MessageKey> = PlaceholderNames<(typeof zhCN)[K]>;

export type MessageParams<K extends MessageKey> = Record<MessageParamNames<K>, string | number>;

/** Translate a key; params are required exactly when the message has placeholders. */
export type Translate = <K extends MessageKey>(
  key: K,
  ...params: [MessageParamNames<K>] extends [never] ? [] : [params: MessageParams<K>]
) => string;

/** Keys of messages without placeholders; use this type for keys chosen at run time (menus, titles). */
export type PlainMessageKey = {
  [K in MessageKey]: [MessageParamNames<K>] extends [never] ? K : never;
}[MessageKey];
