import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * The request-body limit, as yoga's `maxRequestBodySize` answers it (413 REQUEST_ENTITY_TOO_LARGE,
 * 400 for a malformed Content-Length), without its per-request stream when Content-Length is given:
 * Node's HTTP parser then delivers exactly that many bytes (and refuses a request that also says
 * chunked), so the header is the whole check. Only a chunked body, whose size nobody announced, is
 * counted as it streams in. Yoga's own limit pipes every body through a TransformStream, which cost
 * a noticeable share of a small operation.
 */
export function useRequestBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const contentLength = request.headers.get('content-length');
      if (contentLength != null) {
        if (!/^\d+$/.test(contentLength)) throw httpError('Content-Length header is invalid.', 400, 'BAD_REQUEST');
        if (Number(contentLength) > limit) throw tooLarge();
        return;
      }
      if (requestParser == null || request.body == null) return;
      setRequestParser((req) => requestParser(counted(req, limit, fetchAPI)));
    },
  };
}

function counted(request: Request, limit: number, fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream }): Request {
  const body = request.body!;
  // A native ReadableStream pipes only into a native TransformStream (yoga's own workaround, graphql-yoga#4583).
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let bytesRead = 0;
  const limited = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytesRead += chunk.byteLength;
        if (bytesRead > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: limited,
    duplex: 'half',
  } as RequestInit);
}

function tooLarge(): GraphQLError {
  return httpError('Request body too large', 413, 'REQUEST_ENTITY_TOO_LARGE');
}

function httpError(message: string, status: number, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { http: { status }, code } });
}
