/**
 * The client side of bench/subscribers.ts, run as its own process (`fork`): real graphql-ws clients
 * over real WebSockets, one per connection, driven by messages from the parent. Sockets are spread
 * over loopback source addresses (127.0.2.1 … ), at most SOCKETS_PER_ADDRESS each, as clients behind
 * many addresses would be: the server caps sockets per address.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface BenchUser {
  token: string;
  /** The global id of the user's application whose status the events move. */
  applicationId: string;
}

export type ClientCommand =
  | { cmd: 'connect'; users: BenchUser[]; batch: number }
  | { cmd: 'events'; indexes: number[] }
  | { cmd: 'tabs'; user: BenchUser; tabs: number; rounds: number }
  | { cmd: 'close' };

export type ClientReply =
  | { cmd: 'connect'; connected: number; failed: number; ms: number; firstFailure?: string }
  | { cmd: 'events'; eventMs: number[]; mutationMs: number[]; afterAnswerMs: number[]; missed: number }
  | { cmd: 'tabs'; allMs: number[]; missed: number }
  | { cmd: 'close' }
  | { cmd: 'error'; message: string };

const SOCKETS_PER_ADDRESS = 40;
const EVENT_TIMEOUT_MS = 10_000;
const SUBSCRIPTION = 'subscription { applicationStatusChanged { application { id status } change { from to } } }';
const MUTATION = 'mutation ($input: UpdateApplicationInput!) { updateApplication(input: $input) { id status } }';

const httpUrl = process.env.BENCH_HTTP_URL!;
const wsUrl = `${httpUrl.replace(/^http/, 'ws')}/graphql`;

/** One WebSocket class per source address: graphql-ws constructs sockets as `new Impl(url, protocol)`. */
const socketClasses = new Map<string, typeof WebSocket>();
function socketFrom(localAddress: string): typeof WebSocket {
  let impl = socketClasses.get(localAddress);
  if (!impl) {
    impl = class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { localAddress });
      }
    } as typeof WebSocket;
    socketClasses.set(localAddress, impl);
  }
  return impl;
}
let socketsOpened = 0;
function nextAddress(): string {
  const k = Math.floor(socketsOpened++ / SOCKETS_PER_ADDRESS);
  return `127.0.${2 + Math.floor(k / 250)}.${1 + (k % 250)}`;
}

interface Subscriber {
  client: Client;
  user: BenchUser;
  /** Called with the arrival time of the next event. */
  waiting: ((at: number) => void) | null;
}

const subscribers: Subscriber[] = [];
const statusOf = new Map<string, string>();

function subscribe(user: BenchUser): Promise<Subscriber> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const client = createClient({
      url: wsUrl,
      webSocketImpl: socketFrom(nextAddress()),
      connectionParams: { authorization: `Bearer ${user.token}` },
      retryAttempts: 0,
      lazy: true,
      on: {
        connected: () => {
          settled = true;
          resolve(subscriber);
        },
        closed: (event) => {
          if (!settled) reject(new Error(`closed ${(event as { code?: number }).code} ${(event as { reason?: string }).reason ?? ''}`));
          settled = true;
        },
        error: (error) => {
          if (!settled) reject(error instanceof Error ? error : new Error(String((error as { message?: string }).message ?? error)));
          settled = true;
        },
      },
    });
    const subscriber: Subscriber = { client, user, waiting: null };
    client.subscribe(
      { query: SUBSCRIPTION },
      {
        next: () => {
          const at = performance.now();
          const wake = subscriber.waiting;
          subscriber.waiting = null;
          wake?.(at);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
  });
}

function nextEvent(subscriber: Subscriber): Promise<number | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), EVENT_TIMEOUT_MS);
    subscriber.waiting = (at) => {
      clearTimeout(timer);
      resolve(at);
    };
  });
}

/** Moves the user's application to the other of two statuses; resolves with when the answer came. */
async function moveStatus(user: BenchUser): Promise<number> {
  const status = statusOf.get(user.applicationId) === 'INTERVIEWING' ? 'APPLIED' : 'INTERVIEWING';
  statusOf.set(user.applicationId, status);
  const response = await fetch(`${httpUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
    body: JSON.stringify({ query: MUTATION, variables: { input: { id: user.applicationId, status } } }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`updateApplication: ${body.errors[0]!.message}`);
  return performance.now();
}

async function connect(users: BenchUser[], batch: number): Promise<ClientReply> {
  const started = performance.now();
  let connected = 0;
  let failed = 0;
  let firstFailure: string | undefined;
  for (let i = 0; i < users.length; i += batch) {
    const results = await Promise.allSettled(users.slice(i, i + batch).map(subscribe));
    for (const result of results) {
      if (result.status === 'fulfilled') {
        subscribers.push(result.value);
        connected++;
      } else {
        failed++;
        firstFailure ??= String(result.reason);
      }
    }
  }
  return { cmd: 'connect', connected, failed, ms: performance.now() - started, firstFailure };
}

async function events(indexes: number[]): Promise<ClientReply> {
  const eventMs: number[] = [];
  const mutationMs: number[] = [];
  const afterAnswerMs: number[] = [];
  let missed = 0;
  for (const index of indexes) {
    const subscriber = subscribers[index]!;
    const arrived = nextEvent(subscriber);
    const sent = performance.now();
    const answered = await moveStatus(subscriber.user);
    const at = await arrived;
    if (at === null) missed++;
    else {
      eventMs.push(at - sent);
      // The live path alone (outbox relay, pubsub, load, send): negative when the event beat the answer.
      afterAnswerMs.push(at - answered);
    }
    mutationMs.push(answered - sent);
  }
  return { cmd: 'events', eventMs, mutationMs, afterAnswerMs, missed };
}

/** One user, `tabs` sockets: per round, the time from the move until every tab has the event. */
async function tabs(user: BenchUser, count: number, rounds: number): Promise<ClientReply> {
  const open = await Promise.all(Array.from({ length: count }, () => subscribe(user)));
  const allMs: number[] = [];
  let missed = 0;
  // Warm-up rounds until every tab's subscription is in place (graphql-ws does not acknowledge a subscribe).
  for (let attempt = 0; attempt < 20; attempt++) {
    const arrivals = open.map(nextEvent);
    await moveStatus(user);
    if ((await Promise.all(arrivals)).every((at) => at !== null)) break;
  }
  for (let round = 0; round < rounds; round++) {
    const arrivals = open.map(nextEvent);
    const sent = performance.now();
    await moveStatus(user);
    const times = await Promise.all(arrivals);
    if (times.some((at) => at === null)) missed++;
    else allMs.push(Math.max(...(times as number[])) - sent);
  }
  await Promise.all(open.map((tab) => tab.client.dispose()));
  return { cmd: 'tabs', allMs, missed };
}

process.on('message', (message: ClientCommand) => {
  const run = async (): Promise<ClientReply> => {
    switch (message.cmd) {
      case 'connect':
        return connect(message.users, message.batch);
      case 'events':
        return events(message.indexes);
      case 'tabs':
        return tabs(message.user, message.tabs, message.rounds);
      case 'close':
        await Promise.all(subscribers.splice(0).map((s) => s.client.dispose()));
        return { cmd: 'close' };
    }
  };
  run().then(
    (reply) => process.send!(reply),
    (error: unknown) => process.send!({ cmd: 'error', message: String(error instanceof Error ? error.stack : error) }),
  );
});
