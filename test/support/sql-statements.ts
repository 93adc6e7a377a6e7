import type { TestServer } from './server.ts';

/**
 * The SQL statements the server's ORM sends while `run` runs (the test server runs in this process),
 * those that match `only` when it is given. Read from MikroORM's query logger, which sees raw
 * `em.execute` statements as well as the ones it builds.
 */
export async function statementsDuring(server: TestServer, run: () => Promise<unknown>, only?: RegExp): Promise<string[]> {
  const statements: string[] = [];
  const logger = server.database.orm.config.getLogger();
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (context) => {
    statements.push(context.query ?? '');
    original(context);
  };
  logger.setDebugMode(['query']);
  try {
    await run();
  } finally {
    logger.setDebugMode(false);
    logger.logQuery = original;
  }
  return only ? statements.filter((statement) => only.test(statement)) : statements;
}
