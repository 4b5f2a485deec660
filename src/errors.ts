// Every failure the user sees names the input or the AWS call, and says what to do.

/** A refusal or precondition failure decided before any write. */
export class PlanError extends Error {
  override name = 'PlanError';
}

/** The IAM prefix of each service the action calls (tag = the Resource Groups Tagging API). */
export type Service = 'elasticache' | 'ec2' | 'ssm' | 'logs' | 'tag' | 'cloudwatch';

const SERVICE_LABEL: Record<Service, string> = {
  elasticache: 'ElastiCache',
  ec2: 'EC2',
  ssm: 'SSM',
  logs: 'CloudWatch Logs',
  tag: 'Resource Groups Tagging API',
  cloudwatch: 'CloudWatch',
};

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedAccess',
]);
const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
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
const NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'TimeoutError',
]);

interface SdkLikeError {
  name?: string;
  message?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number; requestId?: string };
  $retryable?: { throttling?: boolean };
}

function asSdk(e: unknown): SdkLikeError {
  return typeof e === 'object' && e !== null ? (e as SdkLikeError) : { message: String(e) };
}

export function errorName(e: unknown): string {
  const s = asSdk(e);
  return s.name ?? s.code ?? 'Error';
}

export function isThrottling(e: unknown): boolean {
  const s = asSdk(e);
  return THROTTLING.has(s.name ?? '') || s.$retryable?.throttling === true;
}

export function isAccessDenied(e: unknown): boolean {
  return ACCESS_DENIED.has(errorName(e));
}

/** An AWS call that failed for good, with the operation, the IAM action and a hint. */
export class AwsCallError extends Error {
  override name = 'AwsCallError';
  constructor(
    readonly service: Service,
    readonly operation: string,
    readonly causeName: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
  get iamAction(): string {
    return `${this.service}:${this.operation}`;
  }
}

export function describeAwsFailure(
  service: Service,
  operation: string,
  e: unknown,
  attempts: number,
): AwsCallError {
  const s = asSdk(e);
  const name = errorName(e);
  const label = `${SERVICE_LABEL[service]} ${operation}`;
  const action = `${service}:${operation}`;
  const awsMessage = (s.message ?? '').trim();
  const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
  const requestId = s.$metadata?.requestId ? ` (request id ${s.$metadata.requestId})` : '';
  let text: string;
  if (isAccessDenied(e)) {
    text =
      `${label} was denied (${name}): the role this workflow runs as needs the IAM permission "${action}". ` +
      `Add it to the role's policy (docs/iam/ has the minimal policy of each mode) and re-run. AWS said: ${awsMessage}${requestId}`;
  } else if (CREDENTIALS.has(name)) {
    text =
      `${label} failed: no valid AWS credentials (${name}). Run aws-actions/configure-aws-credentials ` +
      `before this step, or check that the role session has not expired. AWS said: ${awsMessage}`;
  } else if (isThrottling(e)) {
    text = `${label} was still throttled by AWS after ${tries} (${name}): too many calls in this account and region; re-run later. AWS said: ${awsMessage}${requestId}`;
  } else if (NETWORK.has(s.code ?? '') || NETWORK.has(name)) {
    text =
      `${label} could not reach AWS (${s.code ?? name}). Check the network, the region, ` +
      `and AWS_ENDPOINT_URL if you point the action at an emulator. ${awsMessage}`;
  } else {
    text = `${label} failed: ${name}: ${awsMessage}${requestId}`;
  }
  return new AwsCallError(service, operation, name, text.trim(), { cause: e });
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
