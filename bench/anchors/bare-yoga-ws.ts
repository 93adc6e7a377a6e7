/**
 * Anchor: bare graphql-yoga + graphql-ws (its own `use/ws` adapter) serving the same subscription and
 * mutation documents as the project: a connection is authenticated at connection_init by an HS256
 * token (no database), `updateApplication` publishes to the caller's own topic, and the event is the
 * input echoed back. No ORM, no plugins, no limits. `GET /count` answers the running subscriptions.
 */
import { setMaxListeners } from 'node:events';
import { createServer } from 'node:http';
import { GraphQLError } from 'graphql';
import { createPubSub, createSchema, createYoga } from 'graphql-yoga';
import { useServer } from 'graphql-ws/use/ws';
import { jwtVerify } from 'jose';
import { WebSocketServer } from 'ws';

const secret = new TextEncoder().encode(process.env.JWT_SECRET!);

interface StatusEvent {
  application: { id: string; company: string; status: string };
  change: { id: string; from: string | null; to: string };
}
interface Ctx {
  userId: string;
}

const eventTarget = new EventTarget();
setMaxListeners(100, eventTarget); // one user's 50 tabs listen on one topic
const pubsub = createPubSub<{ applicationStatusChanged: [userId: string, event: StatusEvent] }>({ eventTarget });
const statuses = new Map<string, string>();
let running = 0;
let changes = 0;

async function userOf(authorization: unknown): Promise<string> {
  const token = typeof authorization === 'string' ? /^Bearer (\S+)$/.exec(authorization)?.[1] : undefined;
  if (!token) throw new GraphQLError('no token');
  const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] });
  return payload.sub!;
}

const yoga = createYoga<{ request?: Request; connectionParams?: Record<string, unknown> }, Ctx>({
  schema: createSchema<Ctx>({
    typeDefs: /* GraphQL */ `
      type Application { id: ID! company: String! status: String! }
      type StatusChange { id: ID! from: String to: String! }
      type ApplicationStatusEvent { application: Application! change: StatusChange! }
      input UpdateApplicationInput { id: ID! status: String }
      type Query { hello: String! }
      type Mutation { updateApplication(input: UpdateApplicationInput!): Application! }
      type Subscription { applicationStatusChanged: ApplicationStatusEvent! }
    `,
    resolvers: {
      Query: { hello: () => 'world' },
      Mutation: {
        updateApplication: (_root: unknown, { input }: { input: { id: string; status: string } }, ctx: Ctx) => {
          const from = statuses.get(input.id) ?? 'APPLIED';
          statuses.set(input.id, input.status);
          const application = { id: input.id, company: 'Bench', status: input.status };
          pubsub.publish('applicationStatusChanged', ctx.userId, { application, change: { id: String(++changes), from, to: input.status } });
          return application;
        },
      },
      Subscription: {
        applicationStatusChanged: {
          subscribe: (_root: unknown, _args: unknown, ctx: Ctx) => {
            const source = pubsub.subscribe('applicationStatusChanged', ctx.userId);
            running++;
            const end = source.return.bind(source);
            source.return = (value?: unknown) => {
              running--;
              return end(value as never);
            };
            return source;
          },
          resolve: (event: StatusEvent) => event,
        },
      },
    },
  }),
  context: async ({ request, connectionParams }) => ({
    userId: await userOf(request ? request.headers.get('authorization') : connectionParams?.authorization),
  }),
  logging: false,
  graphiql: false,
  landingPage: false,
});

const server = createServer((req, res) => {
  if (req.url === '/count') return res.end(JSON.stringify({ subscriptions: running }));
  return yoga(req, res);
});
const wsServer = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
// yoga's documented graphql-ws wiring (examples/graphql-ws), with the token checked at connection_init.
useServer(
  {
    execute: (args: any) => args.rootValue.execute(args),
    subscribe: (args: any) => args.rootValue.subscribe(args),
    onConnect: async (ctx) => {
      try {
        await userOf(ctx.connectionParams?.authorization);
        return true;
      } catch {
        return false;
      }
    },
    onSubscribe: async (ctx, _id, params) => {
      const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({ ...ctx, req: ctx.extra.request, socket: ctx.extra.socket, params });
      const args = { schema, operationName: params.operationName, document: parse(params.query), variableValues: params.variables, contextValue: await contextFactory(), rootValue: { execute, subscribe } };
      const errors = validate(args.schema, args.document);
      if (errors.length) return errors;
      return args;
    },
  },
  wsServer,
);
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
});
process.on('SIGTERM', () => {
  for (const client of wsServer.clients) client.terminate();
  server.close(() => process.exit(0));
});
