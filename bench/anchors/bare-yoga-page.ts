/**
 * Anchor: bare graphql-yoga + pg serving the same page the project serves — an HS256 bearer token
 * checked, then a SELECT of 50 applications and a count of the user's rows. No ORM, no plugins.
 */
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { jwtVerify } from 'jose';
import pg from 'pg';
import { withEventLoopDelay } from './loop-delay.ts';

const secret = new TextEncoder().encode(process.env.JWT_SECRET!);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

interface Ctx {
  userId: string;
}

const yoga = createYoga<{ request: Request }, Ctx>({
  schema: createSchema<Ctx>({
    typeDefs: /* GraphQL */ `
      type Application { id: ID! company: String! jobTitle: String! status: String! }
      type Edge { node: Application! }
      type Connection { totalCount: Int! edges: [Edge!]! }
      type Query { applications(first: Int): Connection! }
    `,
    resolvers: {
      Query: {
        applications: async (_root: unknown, args: { first?: number }, ctx: Ctx) => {
          const first = Math.min(args.first ?? 20, 100);
          const [rows, count] = await Promise.all([
            pool.query(
              'select id, company, job_title as "jobTitle", status from applications where user_id = $1 order by created_at desc, id desc limit $2',
              [ctx.userId, first],
            ),
            pool.query('select count(*)::int as n from applications where user_id = $1', [ctx.userId]),
          ]);
          return { totalCount: count.rows[0].n, edges: rows.rows.map((node) => ({ node })) };
        },
      },
    },
  }),
  context: async ({ request }) => {
    const token = /^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
    if (!token) throw new GraphQLError('no token');
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] });
    return { userId: payload.sub! };
  },
  logging: false,
  graphiql: false,
  landingPage: false,
});
const server = createServer(withEventLoopDelay(yoga));
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
});
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
