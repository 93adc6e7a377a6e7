/**
 * What one client may hold or send at the network edge. Each bound is far above what the
 * dashboard or GraphiQL needs and far below what would hurt the process (see docs/decisions.md).
 */

/** Largest graphql-ws message: a subscribe message whose query is at the 5,000-token limit fits. */
export const MAX_WS_PAYLOAD_BYTES = 64 * 1024;
/** Largest HTTP request body (yoga's default is 25 MB). */
export const MAX_REQUEST_BODY_BYTES = 2 * 1024 * 1024;
/** A whole request must arrive within this (Node's default is 300 s), its headers within HEADERS_TIMEOUT_MS. */
export const REQUEST_TIMEOUT_MS = 30_000;
export const HEADERS_TIMEOUT_MS = 10_000;
/**
 * Node's HTTP server options for these timeouts. They must be given at creation: set afterwards,
 * requestTimeout is checked against the default 60 s headersTimeout, and expired requests are only
 * looked for every connectionsCheckingInterval (default 30 s).
 */
export const HTTP_SERVER_OPTIONS = {
  requestTimeout: REQUEST_TIMEOUT_MS,
  headersTimeout: HEADERS_TIMEOUT_MS,
  connectionsCheckingInterval: 1_000,
};
/** Items in any one list, whether written in the query or sent in variables. */
export const MAX_LIST_ITEMS = 100;
/**
 * Open graphql-ws connections from one client address, and of one user: a dashboard open in 50 tabs
 * (an event costs one load per user, not per tab, so a user's tabs cost sockets, not queries).
 */
export const MAX_WS_CONNECTIONS_PER_ADDRESS = 50;
export const MAX_WS_CONNECTIONS_PER_USER = 50;
/** Running subscriptions on one graphql-ws connection, and of one user over all transports. */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;
export const MAX_SUBSCRIPTIONS_PER_USER = 100;
