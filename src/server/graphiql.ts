import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { GraphiQLOptions } from 'graphql-yoga';

type Encoding = 'br' | 'gzip';

interface BuiltPage {
  html: string;
  etag: string;
}

const CACHE_CONTROL = 'public, max-age=3600';

const compressors: Record<Encoding, (html: string) => Promise<Buffer>> = {
  // Brotli at its middle quality: most of its gain over gzip in a fraction of quality 11's time.
  br: (html) => promisify(brotliCompress)(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } }),
  gzip: (html) => promisify(gzip)(html, { level: 6 }),
};

/**
 * The self-contained GraphiQL page (no CDN, so it works offline) is 9 MB of HTML and script. It
 * is built on the first browser visit, compressed once per encoding on the first request that
 * accepts it (brotli 1.9 MB or gzip 2.4 MB), then answered from memory with an ETag and
 * Cache-Control, so a browser fetches it once and a revisit costs a 304.
 */
export function createGraphiQLPage() {
  let page: Promise<BuiltPage> | undefined;
  let built: BuiltPage | undefined;
  const encoded = new Map<Encoding, Promise<Buffer>>();

  const build = (options: GraphiQLOptions | undefined) =>
    (page ??= import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) => {
      const html = renderGraphiQL(options);
      built = { html, etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"` };
      return built;
    }));

  const encodedAs = (encoding: Encoding, html: string) => {
    let body = encoded.get(encoding);
    if (!body) encoded.set(encoding, (body = compressors[encoding](html)));
    return body;
  };

  /** A yoga plugin: yoga decides when to show GraphiQL; this answers that page compressed and cacheable. */
  const plugin = {
    async onResponse({ request, response, setResponse }: { request: Request; response: Response; setResponse(response: Response): void }) {
      if (!built || request.method !== 'GET' || !response.headers.get('content-type')?.startsWith('text/html')) return;
      const headers = { etag: built.etag, 'cache-control': CACHE_CONTROL, vary: 'accept-encoding' };
      if (request.headers.get('if-none-match') === built.etag) {
        setResponse(new Response(null, { status: 304, headers }));
        return;
      }
      const accepted = request.headers.get('accept-encoding') ?? '';
      const encoding: Encoding | null = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
      const bytes = encoding ? await encodedAs(encoding, built.html) : null;
      const body = bytes ? new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength) : built.html;
      setResponse(
        new Response(body, {
          status: 200,
          headers: { ...headers, 'content-type': 'text/html; charset=utf-8', ...(encoding ? { 'content-encoding': encoding } : {}) },
        }),
      );
    },
  };

  return { render: async (options: GraphiQLOptions | undefined) => (await build(options)).html, plugin };
}
