// SSM Parameter Store: String / SecureString / StringList parameters with versions and tags.

import {
  AddTagsToResourceCommand,
  DeleteParameterCommand,
  GetParameterCommand,
  GetParametersCommand,
  HierarchyTypeMismatchException,
  InvalidResourceId,
  InvalidResourceType,
  ListTagsForResourceCommand,
  type Parameter,
  ParameterAlreadyExists,
  ParameterNotFound,
  PutParameterCommand,
  RemoveTagsFromResourceCommand,
  TooManyTagsError,
  ValidationException,
} from '@aws-sdk/client-ssm';
import { jsonError } from './errors.js';
import { route, type RouteDef } from './router.js';
import { compact, recordToTagList, tagListToRecord } from './util.js';
import type { FakeContext, FakeSsmParameter } from './world.js';

const NAME = /^[a-zA-Z0-9_.\-/]{1,2048}$/;
const TYPES = ['String', 'SecureString', 'StringList'] as const;
const MAX_TAGS = 50;

const validation = (message: string) => jsonError(ValidationException, message);

export class Ssm {
  constructor(private readonly ctx: FakeContext) {}

  private arn(name: string): string {
    return this.ctx.arn('ssm', `parameter/${name.replace(/^\//, '')}`);
  }

  private validateName(name: string): void {
    const bare = name.replace(/^\//, '');
    if (
      !NAME.test(name) ||
      (name.includes('/') && !name.startsWith('/')) ||
      /^(aws|ssm)/i.test(bare) ||
      name.split('/').length > 16
    ) {
      throw validation(
        `Parameter name: can't be prefixed with "aws" or "ssm" (case-insensitive). If formed as a path, it can consist of sub-paths divided by slash symbol; each sub-path can be formed as a mix of letters, numbers and the following 3 symbols .-_ (invalid name: ${name})`,
      );
    }
  }

  private find(name: string | undefined): FakeSsmParameter | undefined {
    return this.ctx.world.ssmParameters.get(name ?? '');
  }

  private require(name: string | undefined): FakeSsmParameter {
    const p = this.find(name);
    if (!p) throw jsonError(ParameterNotFound, `Parameter ${name ?? ''} not found.`);
    return p;
  }

  private render(p: FakeSsmParameter, decrypt: boolean): Parameter {
    const value =
      p.type === 'SecureString' && !decrypt
        ? Buffer.from(`kms:${p.keyId ?? 'alias/aws/ssm'}:${p.value}`).toString('base64')
        : p.value;
    return {
      Name: p.name,
      Type: p.type,
      Value: value,
      Version: p.version,
      LastModifiedDate: p.lastModifiedDate,
      ARN: p.arn,
      DataType: 'text',
    };
  }

  private requireTaggable(
    resourceType: string | undefined,
    resourceId: string | undefined,
  ): FakeSsmParameter {
    if (resourceType !== 'Parameter')
      throw jsonError(
        InvalidResourceType,
        `The resource type ${resourceType ?? ''} is not supported by the fake.`,
      );
    const p = this.find(resourceId);
    if (!p)
      throw jsonError(
        InvalidResourceId,
        `The resource ID ${resourceId ?? ''} is not valid. Verify the ID and try again.`,
      );
    return p;
  }

  routes(): RouteDef[] {
    const { ctx } = this;
    const { world } = ctx;
    return [
      route(GetParametersCommand, (input) => {
        const names = input.Names ?? [];
        if (names.length < 1 || names.length > 10) {
          throw validation(
            `1 validation error detected: Value '[${names.join(', ')}]' at 'names' failed to satisfy constraint: Member must have length less than or equal to 10`,
          );
        }
        const found = names.map((n) => this.find(n)).filter((p): p is FakeSsmParameter => !!p);
        return {
          Parameters: found.map((p) => this.render(p, input.WithDecryption === true)),
          InvalidParameters: names.filter((n) => !this.find(n)),
        };
      }),

      route(GetParameterCommand, (input) => ({
        Parameter: this.render(this.require(input.Name), input.WithDecryption === true),
      })),

      route(PutParameterCommand, (input) => {
        const name = input.Name ?? '';
        this.validateName(name);
        if (input.Value === undefined)
          throw validation(
            "1 validation error detected: Value null at 'value' failed to satisfy constraint: Member must not be null",
          );
        if (input.Value.length > 4096)
          throw validation('Standard tier parameters support a maximum parameter value of 4096 characters.');
        if (input.Type !== undefined && !TYPES.includes(input.Type))
          throw validation(`Invalid parameter type: ${input.Type}`);
        if (input.Tags?.length && input.Overwrite) {
          throw validation(
            "Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or RemoveTagsFromResource.",
          );
        }
        const existing = this.find(name);
        if (existing && !input.Overwrite) {
          throw jsonError(
            ParameterAlreadyExists,
            'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.',
          );
        }
        const type = input.Type ?? existing?.type;
        if (!type) throw validation('A parameter type is required when you create a parameter.');
        // SSM API reference: "you can't change a parameter from a String type to a SecureString type.
        // You must create a new, unique parameter."
        if (existing && input.Type !== undefined && input.Type !== existing.type) {
          throw jsonError(
            HierarchyTypeMismatchException,
            `The parameter ${name} is of type ${existing.type}. Parameter Store does not support changing a parameter type in a hierarchy; you must create a new, unique parameter.`,
          );
        }
        if (input.KeyId !== undefined && type !== 'SecureString')
          throw validation('KeyId is only valid for SecureString parameters.');
        const arn = this.arn(name);
        if (input.Tags?.length) {
          ctx.authorize('ssm', 'ssm:AddTagsToResource', arn);
          if (input.Tags.length > MAX_TAGS)
            throw jsonError(TooManyTagsError, `A resource can have at most ${MAX_TAGS} tags.`);
          ctx.setTags(arn, tagListToRecord(input.Tags));
        }
        const param: FakeSsmParameter = {
          name,
          type,
          value: input.Value,
          version: (existing?.version ?? 0) + 1,
          lastModifiedDate: ctx.now(),
          arn,
          keyId: type === 'SecureString' ? (input.KeyId ?? existing?.keyId) : undefined,
          description: input.Description ?? existing?.description,
          tier: 'Standard',
        };
        world.ssmParameters.set(name, param);
        return { Version: param.version, Tier: param.tier };
      }),

      route(DeleteParameterCommand, (input) => {
        const p = this.require(input.Name);
        world.ssmParameters.delete(p.name);
        world.tags.delete(p.arn);
        return {};
      }),

      route(AddTagsToResourceCommand, (input) => {
        const p = this.requireTaggable(input.ResourceType, input.ResourceId);
        const merged = { ...ctx.getTags(p.arn), ...tagListToRecord(input.Tags) };
        if (Object.keys(merged).length > MAX_TAGS)
          throw jsonError(TooManyTagsError, `A resource can have at most ${MAX_TAGS} tags.`);
        ctx.setTags(p.arn, merged);
        return {};
      }),

      route(RemoveTagsFromResourceCommand, (input) => {
        const p = this.requireTaggable(input.ResourceType, input.ResourceId);
        ctx.removeTags(p.arn, input.TagKeys ?? []);
        return {};
      }),

      route(ListTagsForResourceCommand, (input) => {
        const p = this.requireTaggable(input.ResourceType, input.ResourceId);
        return compact({ TagList: recordToTagList(ctx.getTags(p.arn)) });
      }),
    ];
  }
}
