// What belongs to this action. It may change what it manages, but it deletes only what it created:
// every resource it creates carries CREATED_BY (this repository) and GROUP (the group's name), written
// on the create call only. Convergence never adds them to a resource it adopted, nor removes them.

import type { ObservedGroup } from '../observe/types.js';
import type { ResourceNames } from './names.js';

/** A new group, or one in `<name>-subnets`; an adopted group may use `default` or a shared one. */
export function usesOurSubnetGroup(g: ObservedGroup | undefined, names: ResourceNames): boolean {
  return !g?.subnetGroupName || g.subnetGroupName === names.subnetGroup;
}

/** Prefix of the tag keys the action reserves for itself. */
export const TAG_PREFIX = 'django-redis-action:';
/** Written on create only: the repository (owner/name) whose workflow created the resource. */
export const CREATED_BY_TAG = `${TAG_PREFIX}created-by`;
/** Written on create only: the replication group the resource was created for. */
export const GROUP_TAG = `${TAG_PREFIX}group`;
/**
 * Written on create only, by an apply run for a pull request: the preview's pull request; the janitor
 * (mode cleanup) finds previews by it. Create-only so that an apply from a pull request on an existing
 * group (a shared staging cache) never marks that group as a preview the janitor would delete.
 */
export const PULL_REQUEST_TAG = `${TAG_PREFIX}pull-request`;

/** Tags that only a create call writes: never part of a convergence diff. */
export const CREATE_ONLY_TAGS: ReadonlySet<string> = new Set([CREATED_BY_TAG, GROUP_TAG, PULL_REQUEST_TAG]);

/**
 * The create-only tags for a resource created for `group` from `repository` (none when unknown, e.g.
 * a local run), with the pull request when the run is for one.
 */
export function creationTags(
  repository: string | undefined,
  group: string,
  pullRequest?: number,
): Record<string, string> {
  if (!repository) return {};
  return {
    [CREATED_BY_TAG]: repository,
    [GROUP_TAG]: group,
    ...(pullRequest !== undefined ? { [PULL_REQUEST_TAG]: String(pullRequest) } : {}),
  };
}

export type Ownership = { ours: true } | { ours: false; why: string };

/**
 * A resource is ours only if this action created it from this repository: the create-only marker
 * names this repository, and so does the GitHubRepository tag (a resource another repository's
 * workflow adopted and re-tagged is not ours to delete).
 */
export function ownership(
  tags: Record<string, string>,
  repository: string | undefined,
  what: string,
): Ownership {
  if (!repository)
    return {
      ours: false,
      why: `GITHUB_REPOSITORY is not set, so no ${what} can be proven to be this repository's`,
    };
  const marker = tags[CREATED_BY_TAG];
  if (marker === undefined)
    return {
      ours: false,
      why: `${what} has no ${CREATED_BY_TAG} tag: this action did not create it (it was created elsewhere, or adopted by an apply)`,
    };
  if (marker !== repository)
    return {
      ours: false,
      why: `${what} was created from ${marker} (tag ${CREATED_BY_TAG}), not from ${repository}`,
    };
  if (tags.GitHubRepository !== repository)
    return {
      ours: false,
      why: `${what} has GitHubRepository=${tags.GitHubRepository ?? '(missing)'}, not ${repository}: another repository's workflow manages it now`,
    };
  return { ours: true };
}
