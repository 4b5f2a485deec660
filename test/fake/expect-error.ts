// Test helper for the fake's own suites: await a rejection and check it is the SDK's class, with
// the exact `name`, HTTP status and a request id, like a deserialized SDK error.

import { expect } from 'vitest';

export type SdkError = Error & {
  $metadata: { httpStatusCode?: number; requestId?: string };
  Code?: string;
  $retryable?: { throttling?: boolean };
};

export async function expectError(
  promise: Promise<unknown>,
  ctor: abstract new (...args: never[]) => Error,
  name: string,
  status: number,
  message?: string | RegExp,
): Promise<SdkError> {
  const err = await promise.then(
    () => {
      throw new Error(`expected ${name}, but the call succeeded`);
    },
    (e: unknown) => e as SdkError,
  );
  expect(err).toBeInstanceOf(ctor);
  expect(err.name).toBe(name);
  expect(err.$metadata.httpStatusCode).toBe(status);
  expect(err.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  if (message !== undefined) expect(err.message).toMatch(message);
  return err;
}
