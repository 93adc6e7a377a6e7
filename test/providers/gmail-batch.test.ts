import { describe, expect, it } from 'vitest';
import { batchRequestBody, parseBatchResponse } from '../../src/providers/gmail/gmail-batch.ts';

describe('Gmail batch bodies', () => {
  it('writes one application/http part per GET, numbered by Content-ID', () => {
    const body = batchRequestBody('batch_x', ['gmail/v1/users/me/messages/a?format=full', '/gmail/v1/users/me/messages/b?format=full']);
    expect(body).toBe(
      '--batch_x\r\nContent-Type: application/http\r\nContent-ID: <item-0>\r\n\r\nGET /gmail/v1/users/me/messages/a?format=full\r\n\r\n' +
        '--batch_x\r\nContent-Type: application/http\r\nContent-ID: <item-1>\r\n\r\nGET /gmail/v1/users/me/messages/b?format=full\r\n\r\n' +
        '--batch_x--\r\n',
    );
  });

  it("reads Google's answer shape back into request order, each part with its own status, headers and JSON", () => {
    // As Google documents it: parts in any order, Content-ID "response-" + the request's id, an HTTP response inside.
    const answer = [
      '--batch_pK7JBAk73-E=_AA5eFwv4m2Q=',
      'Content-Type: application/http',
      'Content-ID: <response-item-1>',
      '',
      'HTTP/1.1 404 Not Found',
      'Content-Type: application/json; charset=UTF-8',
      '',
      '{"error": {"code": 404, "message": "Requested entity was not found.", "errors": [{"reason": "notFound"}]}}',
      '--batch_pK7JBAk73-E=_AA5eFwv4m2Q=',
      'Content-Type: application/http',
      'Content-ID: <response-item-0>',
      '',
      'HTTP/1.1 200 OK',
      'Content-Type: application/json; charset=UTF-8',
      'ETag: "abc"',
      '',
      '{"id": "a", "threadId": "t", "payload": {"mimeType": "text/plain"}}',
      '--batch_pK7JBAk73-E=_AA5eFwv4m2Q=',
      'Content-Type: application/http',
      'Content-ID: <response-item-2>',
      '',
      'HTTP/1.1 429 Too Many Requests',
      'Retry-After: 3',
      '',
      '',
      '--batch_pK7JBAk73-E=_AA5eFwv4m2Q=--',
      '',
    ].join('\r\n');
    const parts = parseBatchResponse('multipart/mixed; boundary=batch_pK7JBAk73-E=_AA5eFwv4m2Q=', answer, 4);
    expect(parts[0]).toEqual({ status: 200, headers: { 'content-type': 'application/json; charset=UTF-8', etag: '"abc"' }, data: { id: 'a', threadId: 't', payload: { mimeType: 'text/plain' } } });
    expect(parts[1]).toMatchObject({ status: 404, data: { error: { code: 404 } } });
    expect(parts[2]).toMatchObject({ status: 429, headers: { 'retry-after': '3' }, data: undefined });
    // A part the answer left out is a failure to ask again, never a silent gap.
    expect(parts[3]).toMatchObject({ status: 500 });
  });

  it('refuses an answer that is not multipart', () => {
    expect(() => parseBatchResponse('application/json', '{}', 1)).toThrow(/not multipart/);
  });
});
