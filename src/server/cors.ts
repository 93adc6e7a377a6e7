import type { Config } from '../config.ts';

/**
 * CORS for browsers: only the configured origins (CORS_ORIGINS, default APP_URL's origin) may call
 * the API from a page. Tokens travel in the Authorization header, never in cookies.
 */
export function corsOptions(config: Config) {
  return {
    origin: config.corsOrigins,
    credentials: true,
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type'],
    maxAge: 600,
  };
}
