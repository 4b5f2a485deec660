// Every failure the user sees names the input or the AWS call, and says what to do.

import { isServerError, isThrottlingError, isTransientError } from '@smithy/core/retry';

/** A refusal or precondition failure decided before any write. */
export class PlanError extends Error {
  override name = 'PlanError';
}

/** The IAM prefix of each service the action calls (tag = the Resource Groups Tagging API). */
export type Service = 'elasticache' | 'ec2' | 'ssm' | 'logs' | 'tag' | 'cloudwatch' | 'sns' | 'kms';

const SERVICE_LABEL: Record<Service, string> = {
  elasticache: 'ElastiCache',
  ec2: 'EC2',
  ssm: 'SSM',
  logs: 'CloudWatch Logs',
  tag: 'Resource Groups Tagging API',
  cloudwatch: 'CloudWatch',
  sns: 'SNS',
  kms: 'KMS',
};

// The SDK's own classification (the one its retry strategy uses) decides what is throttling, transient
// or a server error; only what the SDK has no helper for is listed here.
const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedAccess',
]);
const CREDENTIALS = new Set([
  'CredentialsProviderError',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'AuthFailure',
]);

/** What the messages below read from an SDK error (or a Node.js network error). */
interface SdkLikeError {
  name: string;
  message: string;
  code?: string;
  $metadata: { httpStatusCode?: number; requestId?: string; attempts?: number };
}

function asSdk(e: unknown): SdkLikeError {
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

/** The error itself for the SDK's classifiers (they read name, code, $metadata, $retryable, cause). */
type Classifiable = Parameters<typeof isTransientError>[0];
function classifiable(e: unknown): Classifiable {
  return (typeof e === 'object' && e !== null ? e : { name: 'Error', message: String(e) }) as Classifiable;
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

export function describeAwsFailure(service: Service, operation: string, e: unknown): AwsCallError {
  const s = asSdk(e);
  const name = s.name;
  const label = `${SERVICE_LABEL[service]} ${operation}`;
  const action = `${service}:${operation}`;
  const awsMessage = s.message.trim();
  const attempts = attemptsOf(e);
  const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
  const requestId = s.$metadata.requestId ? ` (request id ${s.$metadata.requestId})` : '';
  const status = s.$metadata.httpStatusCode;
  const err = classifiable(e);
  let text: string;
  if (isAccessDenied(e)) {
    text =
      `${label} was denied (${name}): the role this workflow runs as needs the IAM permission "${action}". ` +
      `Add it to the role's policy (docs/iam/ has the minimal policy of each mode) and re-run. AWS said: ${awsMessage}${requestId}`;
  } else if (CREDENTIALS.has(name)) {
    text =
      `${label} failed: no valid AWS credentials (${name}). Run aws-actions/configure-aws-credentials ` +
      `before this step, or check that the role session has not expired. AWS said: ${awsMessage}`;
  } else if (isThrottlingError(err)) {
    text = `${label} was still throttled by AWS after ${tries} (${name}): too many calls in this account and region; re-run later. AWS said: ${awsMessage}${requestId}`;
  } else if (status === undefined && isTransientError(err)) {
    // No HTTP answer at all: a refused, reset or timed-out connection, or a name that does not resolve.
    text =
      `${label} could not reach AWS after ${tries} (${s.code ?? name}). Check the network, the region, ` +
      `and AWS_ENDPOINT_URL if you point the action at an emulator. ${awsMessage}`;
  } else if (isServerError(err) || isTransientError(err)) {
    text = `${label} failed on the AWS side after ${tries} (${name}, HTTP ${status ?? '?'}); re-run later. AWS said: ${awsMessage}${requestId}`;
  } else {
    text = `${label} failed: ${name}: ${awsMessage}${requestId}`;
  }
  return new AwsCallError(service, operation, name, attempts, text.trim(), { cause: e });
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
