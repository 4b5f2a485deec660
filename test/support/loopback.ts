// A scripted AWS endpoint on 127.0.0.1 (random port) for tests that need the SDK's real HTTP stack:
// its retry middleware, its protocol parsers. Each operation answers from its own queue of scripted
// answers, then with the operation's success answer. Every request is recorded.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  /** "Action" of a query-protocol request, or the operation of an X-Amz-Target (JSON) request. */
  operation: string;
  body: string;
}

/** One scripted answer: an HTTP response, or a dropped connection (the client sees ECONNRESET). */
export type Answer = { status: number; contentType: string; body: string } | { reset: true };

export interface Loopback {
  url: string;
  requests: SeenRequest[];
  /** Requests seen for one operation. */
  count(operation: string): number;
  /** Queue answers for an operation; once they are used up, it answers `success`. */
  script(operation: string, ...answers: Answer[]): void;
  close(): Promise<void>;
}

const XML = 'text/xml';
const JSON_11 = 'application/x-amz-json-1.1';

/** awsQuery error (ElastiCache, and the shape of most query services). */
export function queryError(code: string, message: string, status = 400): Answer {
  return {
    status,
    contentType: XML,
    body:
      `<ErrorResponse xmlns="http://elasticache.amazonaws.com/doc/2015-02-02/"><Error>` +
      `<Type>${status >= 500 ? 'Receiver' : 'Sender'}</Type><Code>${code}</Code><Message>${message}</Message>` +
      `</Error><RequestId>loopback-request</RequestId></ErrorResponse>`,
  };
}

/** EC2 query error: EC2's own shape (Response/Errors/Error, RequestID). */
export function ec2Error(code: string, message: string, status: number): Answer {
  return {
    status,
    contentType: XML,
    body:
      `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${code}</Code>` +
      `<Message>${message}</Message></Error></Errors><RequestID>loopback-request</RequestID></Response>`,
  };
}

/** awsJson1_1 error (SSM, CloudWatch Logs). */
export function jsonError(type: string, message: string, status = 400): Answer {
  return { status, contentType: JSON_11, body: JSON.stringify({ __type: type, message }) };
}

export function xmlOk(body: string): Answer {
  return { status: 200, contentType: XML, body };
}

export function jsonOk(value: unknown): Answer {
  return { status: 200, contentType: JSON_11, body: JSON.stringify(value) };
}

function operationOf(req: IncomingMessage, body: string): string {
  const target = req.headers['x-amz-target'];
  if (typeof target === 'string') return target.slice(target.lastIndexOf('.') + 1);
  return new URLSearchParams(body).get('Action') ?? '?';
}

export async function startLoopback(success: Record<string, Answer>): Promise<Loopback> {
  const requests: SeenRequest[] = [];
  const queues = new Map<string, Answer[]>();
  const respond = (res: ServerResponse, a: Answer) => {
    if ('reset' in a) {
      res.socket?.destroy();
      return;
    }
    res.writeHead(a.status, { 'content-type': a.contentType, 'x-amzn-requestid': 'loopback-request' });
    res.end(a.body);
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const operation = operationOf(req, body);
      requests.push({ operation, body });
      const answer =
        queues.get(operation)?.shift() ??
        success[operation] ??
        queryError('InvalidAction', `loopback: ${operation} is not scripted`);
      respond(res, answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    count: (operation) => requests.filter((r) => r.operation === operation).length,
    script: (operation, ...answers) => queues.set(operation, [...(queues.get(operation) ?? []), ...answers]),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
