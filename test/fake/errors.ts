// Error factories. Modelled errors are the SDK's own exported classes (so `instanceof` and `name`
// checks in the code under test are honest); unmodelled ones use the service's base exception
// class with `name` set, exactly like the SDK's deserializers do for unknown error codes.

import * as cloudwatch from '@aws-sdk/client-cloudwatch';
import { CloudWatchServiceException } from '@aws-sdk/client-cloudwatch';
import * as elasticache from '@aws-sdk/client-elasticache';
import { ElastiCacheServiceException } from '@aws-sdk/client-elasticache';
import { EC2ServiceException } from '@aws-sdk/client-ec2';
import { KMSServiceException } from '@aws-sdk/client-kms';
import {
  ResourceGroupsTaggingAPIServiceException,
  ThrottledException as TagThrottled,
} from '@aws-sdk/client-resource-groups-tagging-api';
import * as sns from '@aws-sdk/client-sns';
import { AuthorizationErrorException, SNSServiceException } from '@aws-sdk/client-sns';
import { AccessDeniedException as SsmAccessDenied, SSMServiceException } from '@aws-sdk/client-ssm';
import {
  AccessDeniedException as LogsAccessDenied,
  CloudWatchLogsServiceException,
  ThrottlingException as LogsThrottling,
} from '@aws-sdk/client-cloudwatch-logs';
import { IdFactory } from './util.js';

export type ServiceName = 'elasticache' | 'ec2' | 'ssm' | 'logs' | 'tag' | 'cloudwatch' | 'sns' | 'kms';

/** Services whose errors carry the awsQuery wire code (`Code`, `Type`), like the SDK sets them. */
const QUERY_STYLE: ReadonlySet<ServiceName> = new Set(['elasticache', 'ec2', 'cloudwatch', 'sns']);

/** Every fake error carries these, like a deserialized SDK error. */
export interface FakeErrorShape extends Error {
  $fault: 'client' | 'server';
  $metadata: { httpStatusCode?: number; requestId?: string; attempts?: number; totalRetryDelay?: number };
  $retryable?: { throttling?: boolean };
}

const ids = new IdFactory('errors');

function metadata(httpStatusCode: number) {
  return { httpStatusCode, requestId: ids.requestId(), attempts: 1, totalRetryDelay: 0 };
}

// The generated constructors differ in required members (`message` vs `Message`), so accept any.

type ErrorCtor<E extends Error> = new (opts: any) => E;

/**
 * A modelled error of an awsQuery(-compatible) service. The wire code and HTTP status come from the
 * SDK's own error schema (`<Name>$` export, trait `awsQueryError: [code, status]`), so they can't drift.
 */
function queryError<E extends Error>(namespace: unknown, Ctor: ErrorCtor<E>, message: string): E {
  const schema = (namespace as Record<string, unknown>)[`${Ctor.name}$`];
  const traits = Array.isArray(schema) ? (schema[3] as Record<string, unknown> | undefined) : undefined;
  const [code, status] = (traits?.['awsQueryError'] as [string, number] | undefined) ?? [Ctor.name, 400];
  const err = new Ctor({ message, Message: message, $metadata: metadata(status) });
  return Object.assign(err, {
    Type: 'Sender',
    Code: code,
    Error: { Type: 'Sender', Code: code, Message: message },
  });
}

/** ElastiCache (awsQuery protocol) modelled error. */
export function ecError<E extends ElastiCacheServiceException>(Ctor: ErrorCtor<E>, message: string): E {
  return queryError(elasticache, Ctor, message);
}

/** CloudWatch (JSON 1.0 with awsQueryCompatible: the query code travels in a header) modelled error. */
export function cwError<E extends CloudWatchServiceException>(Ctor: ErrorCtor<E>, message: string): E {
  return queryError(cloudwatch, Ctor, message);
}

/** SNS (awsQuery protocol) modelled error. */
export function snsError<E extends SNSServiceException>(Ctor: ErrorCtor<E>, message: string): E {
  return queryError(sns, Ctor, message);
}

/**
 * SSM / CloudWatch Logs / KMS / Tagging API (JSON protocols): every client error is HTTP 400 (the
 * KMS API reference lists 400 even for NotFoundException, whose Smithy model now says 404).
 */
export function jsonError<E extends Error>(Ctor: ErrorCtor<E>, message: string, status = 400): E {
  // JSON-protocol models name the member `Message` on some shapes; set both like deserialization does.
  return new Ctor({ message, Message: message, $metadata: metadata(status) });
}

const BASE: Record<
  ServiceName,
  new (opts: ConstructorParameters<typeof ElastiCacheServiceException>[0]) => Error
> = {
  elasticache: ElastiCacheServiceException,
  ec2: EC2ServiceException,
  ssm: SSMServiceException,
  logs: CloudWatchLogsServiceException,
  tag: ResourceGroupsTaggingAPIServiceException,
  cloudwatch: CloudWatchServiceException,
  sns: SNSServiceException,
  kms: KMSServiceException,
};

/** An error the service's model does not declare, as the SDK surfaces it (base class + name). */
export function unmodelledError(
  service: ServiceName,
  name: string,
  message: string,
  status = 400,
  extra: Record<string, unknown> = {},
): FakeErrorShape {
  const err = new BASE[service]({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    message,
    $metadata: metadata(status),
  });
  const wire = QUERY_STYLE.has(service) ? { Code: name } : {};
  return Object.assign(err, wire, extra) as unknown as FakeErrorShape;
}

/** EC2 errors are never modelled: `name` is the wire code (e.g. "InvalidGroup.Duplicate"). */
export function ec2Error(code: string, message: string, status = 400): FakeErrorShape {
  return unmodelledError('ec2', code, message, status);
}

/** The throttling error each service really returns; marked retryable like the SDK does. */
export function throttlingError(service: ServiceName): FakeErrorShape {
  const retryable = { $retryable: { throttling: true } };
  switch (service) {
    case 'elasticache':
      return unmodelledError('elasticache', 'Throttling', 'Rate exceeded', 400, retryable);
    case 'ec2':
      return unmodelledError('ec2', 'RequestLimitExceeded', 'Request limit exceeded.', 503, retryable);
    case 'ssm':
      return unmodelledError('ssm', 'ThrottlingException', 'Rate exceeded', 400, retryable);
    case 'logs':
      return Object.assign(
        jsonError(LogsThrottling, 'Rate exceeded'),
        retryable,
      ) as unknown as FakeErrorShape;
    case 'tag':
      return Object.assign(jsonError(TagThrottled, 'Rate exceeded'), retryable) as unknown as FakeErrorShape;
    case 'cloudwatch':
      return unmodelledError('cloudwatch', 'Throttling', 'Rate exceeded', 400, retryable);
    case 'sns':
      return unmodelledError('sns', 'Throttling', 'Rate exceeded', 400, retryable);
    case 'kms':
      return unmodelledError('kms', 'ThrottlingException', 'Rate exceeded', 400, retryable);
  }
}

export const DEFAULT_PRINCIPAL = 'arn:aws:sts::123456789012:assumed-role/deploy/gha';

/**
 * IAM denial as each service reports it. `action` is the IAM action ("elasticache:CreateReplicationGroup").
 */
export function accessDenied(
  service: ServiceName,
  action: string,
  resource = '*',
  principal = DEFAULT_PRINCIPAL,
): FakeErrorShape {
  const core = `User: ${principal} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`;
  switch (service) {
    case 'elasticache':
      return unmodelledError('elasticache', 'AccessDenied', core, 403);
    case 'ec2':
      return unmodelledError(
        'ec2',
        'UnauthorizedOperation',
        `You are not authorized to perform this operation. ${core}. Encoded authorization failure message: fake-encoded-message`,
        403,
      );
    case 'ssm':
      return jsonError(SsmAccessDenied, core) as unknown as FakeErrorShape;
    case 'logs':
      return jsonError(LogsAccessDenied, core) as unknown as FakeErrorShape;
    case 'tag':
      return unmodelledError('tag', 'AccessDeniedException', core, 400);
    case 'cloudwatch':
      return unmodelledError('cloudwatch', 'AccessDenied', core, 403);
    case 'sns':
      // SNS spells the service prefix in upper case in its denial messages.
      return snsError(
        AuthorizationErrorException,
        core.replaceAll(action, action.replace(/^sns:/, 'SNS:')),
      ) as unknown as FakeErrorShape;
    case 'kms':
      return unmodelledError('kms', 'AccessDeniedException', core, 400);
  }
}
