import { Redis } from 'ioredis';

export interface RedisSubscriptions {
  /** SUBSCRIBEs (channels) and PSUBSCRIBEs (patterns) Redis counts for the connection. */
  channels: number;
  patterns: number;
}

/**
 * What Redis itself counts for the connection named `connectionName` (CLIENT LIST), or null when no
 * such connection is open. A server instance names its subscribe connection `<name>-subscribe`.
 */
export async function redisSubscriptionsOf(redisUrl: string, connectionName: string): Promise<RedisSubscriptions | null> {
  const client = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  client.on('error', () => undefined);
  try {
    const list = (await client.client('LIST')) as string;
    const line = list.split('\n').find((entry) => entry.includes(` name=${connectionName} `));
    if (!line) return null;
    const field = (name: string) => Number(new RegExp(` ${name}=(\\d+)`).exec(line)?.[1] ?? Number.NaN);
    return { channels: field('sub'), patterns: field('psub') };
  } finally {
    client.disconnect();
  }
}

/**
 * Resolves once Redis counts `patterns` pattern subscriptions on the connection (a listener registered
 * in the server is not enough: Redis drops what nobody hears, and the PSUBSCRIBE may still be on its
 * way). Bounded: gives up (and answers the last count) after `attempts` probes 50 ms apart.
 */
export async function waitForRedisPatterns(redisUrl: string, connectionName: string, patterns: number, attempts = 400): Promise<RedisSubscriptions | null> {
  let seen: RedisSubscriptions | null = null;
  for (let i = 0; i < attempts; i++) {
    seen = await redisSubscriptionsOf(redisUrl, connectionName);
    if (seen && seen.patterns >= patterns) return seen;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return seen;
}
