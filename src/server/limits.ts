/**
 * What one client may hold or send at the network edge. Each bound is far above what the
 * dashboard or GraphiQL needs and far below what would hurt the process (see docs/decisions.md).
 */

/** Largest graphql-ws message: a subscribe message whose query is at the 5,000-token limit fits. */
export const MAX_WS_PAYLOAD_BYTES = 64 * 1024;
/** Largest HTTP request body (yoga's default is 25 MB). */
export const MAX_REQUEST_BODY_BYTES = 2 * 1024 * 1024;
/** A request body must arrive within this (Node's default is 300 s). */
export const REQUEST_TIMEOUT_MS = 30_000;
/** Items in any one list, whether written in the query or sent in variables. */
export const MAX_LIST_ITEMS = 100;
/** Open graphql-ws connections from one client address, and of one user. */
export const MAX_WS_CONNECTIONS_PER_ADDRESS = 50;
export const MAX_WS_CONNECTIONS_PER_USER = 10;
/** Running subscriptions on one graphql-ws connection, and of one user over all transports. */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;
export const MAX_SUBSCRIPTIONS_PER_USER = 100;
