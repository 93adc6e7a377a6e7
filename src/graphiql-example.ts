/**
 * What GraphiQL opens on: a query that runs as soon as a token is in the Headers tab, and the
 * subscription to try next. Validated against the schema by test/server/graphiql-example.test.ts.
 */
export const GRAPHIQL_EXAMPLE = `# ApplyTrack Mail Sync. Get a token: npm run token -- --email you@example.com
# then put {"Authorization": "Bearer <token>"} in the Headers tab below and press Run.
query ViewerAndLatestApplications {
  viewer {
    email
    name
  }
  applications(first: 5) {
    totalCount
    edges {
      node {
        id
        company
        jobTitle
        status
        updatedAt
      }
    }
  }
}

# Live status changes: uncomment in a tab of its own (same Headers) and run; it stays open.
# subscription StatusChanges {
#   applicationStatusChanged {
#     application { company jobTitle status }
#     change { from to cause }
#   }
# }
`;
