import {
  AddTagsToResourceCommand,
  DeleteParameterCommand,
  GetParametersCommand,
  ListTagsForResourceCommand,
  PutParameterCommand,
  RemoveTagsFromResourceCommand,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import { AwsCallError } from '../errors.js';
import { tagList } from '../domain/names.js';
import type { ObservedSsmParameter } from '../observe/types.js';
import { awsCall, type RetryNote } from './call.js';

export class SsmAdapter {
  constructor(
    /** Built on first use (src/aws/clients.ts), so a run builds only the clients it calls. */
    private readonly client: () => SSMClient,
    private readonly note?: RetryNote,
  ) {}

  private call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    return awsCall('ssm', operation, fn, this.note);
  }

  /** Decrypted values of the named parameters (up to 10 per call); absent names are left out. */
  async getParameters(names: string[]): Promise<Record<string, ObservedSsmParameter>> {
    const found: Record<string, ObservedSsmParameter> = {};
    for (let i = 0; i < names.length; i += 10) {
      const out = await this.call('GetParameters', () =>
        this.client().send(new GetParametersCommand({ Names: names.slice(i, i + 10), WithDecryption: true })),
      );
      // Stryker disable next-line ArrayDeclaration: a fallback element has no Name and is skipped
      for (const p of out.Parameters ?? []) {
        if (p.Name)
          found[p.Name] = {
            value: p.Value ?? '',
            type: (p.Type ?? 'String') as ObservedSsmParameter['type'],
            version: p.Version,
            lastModified: p.LastModifiedDate?.getTime(),
          };
      }
    }
    return found;
  }

  /** Which of the named parameters exist (values not decrypted: nothing secret is read). */
  async existingParameters(names: string[]): Promise<string[]> {
    const found: string[] = [];
    for (let i = 0; i < names.length; i += 10) {
      const out = await this.call('GetParameters', () =>
        this.client().send(
          new GetParametersCommand({ Names: names.slice(i, i + 10), WithDecryption: false }),
        ),
      );
      // Stryker disable next-line ArrayDeclaration: a fallback element has no Name and is skipped
      for (const p of out.Parameters ?? []) if (p.Name) found.push(p.Name);
    }
    return found;
  }

  async listTags(name: string): Promise<Record<string, string>> {
    const out = await this.call('ListTagsForResource', () =>
      this.client().send(new ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: name })),
    );
    return Object.fromEntries((out.TagList ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
  }

  /**
   * Stores a secret only if no parameter has that name yet: never overwrites. When one exists
   * (another run stored its secret first), returns what is stored, so every run uses that one.
   */
  async createSecretOnce(
    name: string,
    value: string,
    createTags: Record<string, string>,
    description: string,
  ): Promise<ObservedSsmParameter> {
    try {
      await this.call('PutParameter', () =>
        this.client().send(
          new PutParameterCommand({
            Name: name,
            Value: value,
            Type: 'SecureString',
            Description: description,
            Tags: tagList(createTags),
          }),
        ),
      );
      return { value, type: 'SecureString', version: 1 };
    } catch (e) {
      if (!(e instanceof AwsCallError && e.causeName === 'ParameterAlreadyExists')) throw e;
      const stored = (await this.getParameters([name]))[name];
      // Deleted again between the two calls: nothing can be trusted about it, so fail as we were told.
      if (!stored) throw e;
      return stored;
    }
  }

  /**
   * Writes a derived value (a URL) or a value decided elsewhere. PutParameter refuses Tags together with Overwrite, so a new parameter is
   * created with its tags, and an existing one is overwritten and then tagged. SSM cannot change a
   * parameter's type (HierarchyTypeMismatchException), so one of another type (a URL that now
   * embeds the AUTH token) is deleted and created again.
   */
  async putParameter(
    name: string,
    value: string,
    secure: boolean,
    existingType: ObservedSsmParameter['type'] | undefined,
    tags: Record<string, string>,
    description: string,
    /** What a create writes (tags plus the create-only ownership marker); an overwrite re-tags with `tags`. */
    createTags: Record<string, string> = tags,
  ): Promise<void> {
    const Type = secure ? 'SecureString' : 'String';
    const put = (how: { Tags: ReturnType<typeof tagList> } | { Overwrite: true }) =>
      this.call('PutParameter', () =>
        this.client().send(
          new PutParameterCommand({ Name: name, Value: value, Type, Description: description, ...how }),
        ),
      );
    if (existingType !== Type) {
      if (existingType !== undefined) await this.deleteParameter(name);
      try {
        await put({ Tags: tagList(createTags) });
        return;
      } catch (e) {
        // Created meanwhile (another run, or a retried create whose first answer was lost): the value
        // is derived from what both runs observe, so overwriting it is right. Never for a secret
        // generated by this run: createSecretOnce.
        if (!(e instanceof AwsCallError && e.causeName === 'ParameterAlreadyExists')) throw e;
      }
    }
    await put({ Overwrite: true });
    await this.tag(name, tags);
  }

  async tag(name: string, tags: Record<string, string>) {
    await this.call('AddTagsToResource', () =>
      this.client().send(
        new AddTagsToResourceCommand({ ResourceType: 'Parameter', ResourceId: name, Tags: tagList(tags) }),
      ),
    );
  }

  async untag(name: string, keys: string[]) {
    await this.call('RemoveTagsFromResource', () =>
      this.client().send(
        new RemoveTagsFromResourceCommand({ ResourceType: 'Parameter', ResourceId: name, TagKeys: keys }),
      ),
    );
  }

  /** Deletes a parameter; one that is already gone is fine. */
  async deleteParameter(name: string) {
    try {
      await this.call('DeleteParameter', () =>
        this.client().send(new DeleteParameterCommand({ Name: name })),
      );
    } catch (e) {
      if (e instanceof AwsCallError && e.causeName === 'ParameterNotFound') return;
      throw e;
    }
  }
}
