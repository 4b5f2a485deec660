import {
  GetResourcesCommand,
  type ResourceGroupsTaggingAPIClient,
} from '@aws-sdk/client-resource-groups-tagging-api';
import { awsCall, type RetryNote } from './call.js';

/** A resource the Resource Groups Tagging API found, with all its tags. */
export interface TaggedResource {
  arn: string;
  tags: Record<string, string>;
}

export interface TagFilter {
  key: string;
  /** Any of these values; empty or missing = the key is present with any value. */
  values?: string[];
}

/**
 * The Resource Groups Tagging API: one paged GetResources finds every resource carrying the
 * action's ownership tags, whatever the service, so a lookup grows with what this repository
 * created, not with what the account holds.
 */
export class TaggingAdapter {
  constructor(
    /** Built on first use (src/aws/clients.ts), so a run builds only the clients it calls. */
    private readonly client: () => ResourceGroupsTaggingAPIClient,
    private readonly note?: RetryNote,
  ) {}

  private call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    return awsCall('tag', operation, fn, this.note);
  }

  async getResources(filters: TagFilter[], resourceTypes: string[] = []): Promise<TaggedResource[]> {
    const found: TaggedResource[] = [];
    let token: string | undefined;
    do {
      const out = await this.call('GetResources', () =>
        this.client().send(
          new GetResourcesCommand({
            TagFilters: filters.map((f) => ({ Key: f.key, Values: f.values })),
            ResourceTypeFilters: resourceTypes.length ? resourceTypes : undefined,
            ResourcesPerPage: 100,
            PaginationToken: token,
          }),
        ),
      );
      // Stryker disable next-line ArrayDeclaration: a fallback element has no ResourceARN and is skipped
      for (const r of out.ResourceTagMappingList ?? []) {
        if (r.ResourceARN)
          found.push({
            arn: r.ResourceARN,
            tags: Object.fromEntries((r.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
          });
      }
      // GetResources ends with an empty token rather than none.
      token = out.PaginationToken || undefined;
    } while (token);
    return found;
  }
}
