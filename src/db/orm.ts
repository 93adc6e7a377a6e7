import { fileURLToPath } from 'node:url';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.ts';
import { entities } from './entities.ts';

export type { MikroORM };
export type { EntityManager } from '@mikro-orm/postgresql';

export const migrationsPath = fileURLToPath(new URL('../../migrations', import.meta.url));

export function ormOptions(clientUrl: string, log?: Logger): Options {
  return {
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: {
      path: migrationsPath,
      glob: '!(*.d).ts',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    pool: { min: 0, max: 10 },
    // Every request and job works on its own fork; the global context is a bug waiting to happen.
    allowGlobalContext: false,
    debug: false,
    logger: (message) => log?.debug({ component: 'mikro-orm' }, message),
  };
}

/** Connects and, unless told otherwise, applies pending migrations. */
export async function openOrm(clientUrl: string, log?: Logger, { migrate = true } = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(clientUrl, log));
  if (migrate) {
    const applied = await orm.migrator.up();
    if (applied.length > 0) log?.info({ migrations: applied.map((m) => m.name) }, 'applied database migrations');
  }
  return orm;
}
