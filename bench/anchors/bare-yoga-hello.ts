/** Anchor: bare graphql-yoga answering `{ hello }` — the ceiling of the HTTP + GraphQL layers on this machine. */
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import { withEventLoopDelay } from './loop-delay.ts';

const yoga = createYoga({
  schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }),
  logging: false,
  graphiql: false,
  landingPage: false,
});
const server = createServer(withEventLoopDelay(yoga));
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
