// Every failure the user sees names the input or the AWS call, and says what to do.
// Nothing here loads the SDK: main.ts imports this before the inputs are validated, and an invalid
// input must fail in about the time bare node takes to start. The SDK's classification of an AWS
// failure is in aws/failure.ts, which only code that calls AWS loads.

/** A refusal or precondition failure decided before any write. */
export class PlanError extends Error {
  override name = 'PlanError';
}

/** The IAM prefix of each service the action calls (tag = the Resource Groups Tagging API). */
export type Service = 'elasticache' | 'ec2' | 'ssm' | 'logs' | 'tag' | 'cloudwatch' | 'sns' | 'kms';

/** Access denied, under the names the services use for it. */
const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedAccess',
]);

/** What an error message reads from an SDK error (or a Node.js network error). */
export interface SdkLikeError {
  name: string;
  message: string;
  code?: string;
  $metadata: { httpStatusCode?: number; requestId?: string; attempts?: number };
}

export function asSdk(e: unknown): SdkLikeError {
  const o = (typeof e === 'object' && e !== null ? e : { message: String(e) }) as Partial<SdkLikeError>;
  return {
    name: o.name ?? o.code ?? 'Error',
    message: o.message ?? '',
    code: o.code,
    $metadata: o.$metadata ?? {},
  };
}

export function errorName(e: unknown): string {
  return asSdk(e).name;
}

export function isAccessDenied(e: unknown): boolean {
  return ACCESS_DENIED.has(errorName(e));
}

/** How many times the SDK sent the request (its retry strategy records it on the error). */
export function attemptsOf(e: unknown): number {
  return asSdk(e).$metadata.attempts ?? 1;
}

/** An AWS call that failed for good, with the operation, the IAM action and a hint. */
export class AwsCallError extends Error {
  override name = 'AwsCallError';
  constructor(
    readonly service: Service,
    readonly operation: string,
    readonly causeName: string,
    /** How many times the SDK sent the request before giving up (1 = not retried). */
    readonly attempts: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
  get iamAction(): string {
    return `${this.service}:${this.operation}`;
  }
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
