// An AWS call that failed for good, as the user reads it: the operation, the IAM action, a hint and
// how many attempts the SDK made. The SDK's own classification (the one its retry strategy uses)
// decides what is throttling, transient or a server error; only what the SDK has no helper for is
// listed here. Kept apart from src/errors.ts so that @smithy/core loads only with the AWS clients,
// never before the inputs are validated.

import { isServerError, isThrottlingError, isTransientError } from '@smithy/core/retry';
import { asSdk, attemptsOf, AwsCallError, isAccessDenied, type Service } from '../errors.js';

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

/** No usable credentials, under the names the SDK and the services use for it. */
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

/** The error itself for the SDK's classifiers (they read name, code, $metadata, $retryable, cause). */
type Classifiable = Parameters<typeof isTransientError>[0];
function classifiable(e: unknown): Classifiable {
  return (typeof e === 'object' && e !== null ? e : { name: 'Error', message: String(e) }) as Classifiable;
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
    // Both need an HTTP status here: the SDK calls an error a server error only by its status, and a
    // transient error without one was handled just above.
    text = `${label} failed on the AWS side after ${tries} (${name}, HTTP ${status}); re-run later. AWS said: ${awsMessage}${requestId}`;
  } else {
    text = `${label} failed: ${name}: ${awsMessage}${requestId}`;
  }
  return new AwsCallError(service, operation, name, attempts, text.trim(), { cause: e });
}
