import type { ApplyConfig as Config } from '../../config/types.js';
import type { Observed, ObservedGroup } from '../../observe/types.js';
import type { ResourceNames } from '../../domain/names.js';
import type { Unleveled } from '../steps.js';
// ---------------------------------------------------------------------------------------------
// AUTH token: reuse the stored one; generate (and store before it is used) when needed.
//
// On an existing group a new token goes through a crash-safe sequence:
//   store it in AUTH_TOKEN_PENDING → ROTATE (old and new valid) → wait → publish the URLs with the
//   new token and write AUTH_TOKEN → SET (only the new one valid) → wait → delete AUTH_TOKEN_PENDING.
// Apps move to the new URLs while both tokens work; a pending parameter that is still there when a
// run starts means an earlier run stopped half-way, and the sequence is resumed with that token.

export interface TokenState {
  /** Store (and maybe generate) the token before anything uses it. */
  store: Unleveled | undefined;
  /** Delete a pending token no group can accept (left over from a group that no longer exists). */
  discard?: Unleveled;
  /** The ROTATE → publish → SET sequence is needed on the existing group. */
  rotate: boolean;
  /** Resuming: ROTATE with the known token already happened (a second ROTATE would drop the old token). */
  rotated?: boolean;
  /** Resuming: AUTH_TOKEN already holds the known token. */
  storedAlready?: boolean;
  /** The token the URLs will embed after this run, when it is known now (not generated in the run). */
  known: string | undefined;
  reason: string;
}

export function authTokenState(
  cfg: Config,
  obs: Observed,
  names: ResourceNames,
  g: ObservedGroup | undefined,
): TokenState {
  if (!cfg.authTokenEnabled) return { store: undefined, rotate: false, known: undefined, reason: '' };
  const stored = obs.ssm[names.ssm.authToken]?.value;
  const pending = obs.ssm[names.ssm.authTokenPending]?.value;
  if (!g) return forNewGroup(names, stored, pending);
  if (pending) return resuming(obs, g, names, stored, pending);
  if (cfg.authTokenRotate || !g.authTokenEnabled || !stored) {
    const why = cfg.authTokenRotate
      ? 'auth_token_rotate: rotate to a new AUTH token'
      : !g.authTokenEnabled
        ? 'auth_token_enabled false → true: enable AUTH'
        : `the group has AUTH on but no token is stored in ${names.ssm.authToken}: rotate to a stored one`;
    return {
      store: generate(
        names.ssm.authTokenPending,
        `${why}: generate the new token and store it in ${names.ssm.authTokenPending} before using it`,
      ),
      rotate: true,
      known: undefined,
      reason: why,
    };
  }
  return { store: undefined, rotate: false, known: stored, reason: '' };
}

function generate(parameterName: string, reason: string): Unleveled {
  return { kind: 'store-auth-token', parameterName, generate: true, reason };
}

/**
 * Create: the token goes straight into AUTH_TOKEN before the group exists (reused if stored).
 * A pending token belongs to a token change of a group that is gone: no group accepts it, and
 * left in place it would make the next run believe that change is still under way.
 */
function forNewGroup(
  names: ResourceNames,
  stored: string | undefined,
  pending: string | undefined,
): TokenState {
  return {
    discard: pending
      ? {
          kind: 'delete-ssm-parameter',
          parameterName: names.ssm.authTokenPending,
          reason: `${names.ssm.authTokenPending} is left from a token change of a group that no longer exists: delete it`,
        }
      : undefined,
    store: stored
      ? undefined
      : generate(
          names.ssm.authToken,
          `generate an AUTH token and store it in ${names.ssm.authToken} (SecureString) before creating the group`,
        ),
    rotate: false,
    known: stored,
    reason: '',
  };
}

/**
 * Resume from where the earlier run stopped. ROTATE happened when AWS says so, or when this action
 * recorded it:
 * - the group: a token change is under way (PendingModifiedValues.AuthTokenStatus ROTATING), or
 *   its token changed after the pending token was stored (AuthTokenLastModifiedDate later than the
 *   pending parameter's LastModifiedDate) — the only token it can have changed to is that one;
 * - our records: AUTH_TOKEN already equal to the pending token (ROTATE and the publish are done),
 *   or the pending parameter at version 2 or later (re-written right after AWS accepted ROTATE).
 * The group's word covers a run that died between ROTATE and its mark. Re-issuing ROTATE then
 * would be wrong: AWS keeps at most two tokens, and clients still on the old one would lose access
 * before SET.
 */
function resuming(
  obs: Observed,
  g: ObservedGroup,
  names: ResourceNames,
  stored: string | undefined,
  pending: string,
): TokenState {
  const param = obs.ssm[names.ssm.authTokenPending];
  const storedAlready = stored === pending;
  // Stryker disable next-line OptionalChaining: `param` is defined whenever a pending token is (it holds it).
  const rotated = storedAlready || (param?.version ?? 1) >= 2 || groupRotatedSince(g, param?.lastModified);
  return {
    store: undefined,
    rotate: true,
    rotated,
    storedAlready,
    known: pending,
    reason: `${names.ssm.authTokenPending} exists: an earlier run stopped during a token change${rotated ? ' after ROTATE' : ''}; finish it`,
  };
}

/** The group reports a token change under way, or one made after `since` (ms). */
export function groupRotatedSince(g: ObservedGroup, since: number | undefined): boolean {
  if (g.pendingAuthTokenStatus === 'ROTATING') return true;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the undefined checks only narrow the types; `>` with undefined is false anyway.
  return since !== undefined && g.authTokenLastModified !== undefined && g.authTokenLastModified > since;
}
