import { Redis } from 'ioredis';

/**
 * Resolves once Redis itself counts `count` subscribers on the channel: a listener registered in the
 * server is not enough, its SUBSCRIBE may still be on the way, and Redis drops what nobody hears.
 * Bounded: gives up (and answers the last count) after `attempts` probes 50 ms apart.
 */
export async function waitForRedisSubscribers(redisUrl: string, channel: string, count: number, attempts = 400): Promise<number> {
  const client = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  client.on('error', () => undefined);
  try {
    let seen = 0;
    for (let i = 0; i < attempts; i++) {
      const [, subscribers] = (await client.pubsub('NUMSUB', channel)) as [string, number];
      seen = Number(subscribers);
      if (seen >= count) return seen;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return seen;
  } finally {
    client.disconnect();
  }
}
