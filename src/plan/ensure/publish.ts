// SSM: rewrite a URL parameter only when its value (or its type) would change.

import type { ApplyConfig as Config } from '../../config/types.js';
import type { Endpoint, Observed, ObservedGroup } from '../../observe/types.js';
import { urlParameterNames, type ResourceNames } from '../../domain/names.js';
import { connectionUrls } from '../../domain/urls.js';
import type { Unleveled } from '../steps.js';
import type { TokenState } from './auth-token.js';
export function publishStep(
  cfg: Config,
  obs: Observed,
  g: ObservedGroup,
  names: ResourceNames,
  token: TokenState,
): Unleveled | undefined {
  const all = urlParameterNames(names);
  if (!g.primaryEndpoint) {
    return {
      kind: 'publish-ssm',
      parameterNames: all,
      reason: 'publish the connection URLs once endpoints exist',
    };
  }
  if (cfg.authTokenEnabled && token.known === undefined) {
    return { kind: 'publish-ssm', parameterNames: all, reason: 'publish URLs with the new AUTH token' };
  }
  const embed = cfg.authTokenEnabled ? token.known : undefined;
  const stale = staleUrlParameters(cfg, obs, g.primaryEndpoint, names, embed);
  if (!stale.length) return undefined;
  return { kind: 'publish-ssm', parameterNames: stale, reason: staleReason(obs, stale) };
}

/**
 * Mid-TLS-migration publish, with the token the group accepts now: none on a group without AUTH
 * (AUTH needs TLS, so it is added after), the stored one on a group that has AUTH (finishing a
 * migration left in `preferred`). During a token change the URLs are published by that sequence.
 */
export function tlsMigrationPublish(
  cfg: Config,
  obs: Observed,
  g: ObservedGroup,
  names: ResourceNames,
  token: TokenState,
): Unleveled | undefined {
  if (!g.primaryEndpoint) return undefined;
  // (A group with AUTH and auth_token_enabled false is refused before planning.)
  const embed = g.authTokenEnabled ? token.known : undefined;
  if (g.authTokenEnabled && (token.rotate || embed === undefined)) return undefined;
  const stale = staleUrlParameters(cfg, obs, g.primaryEndpoint, names, embed);
  if (!stale.length) return undefined;
  return {
    kind: 'publish-ssm',
    parameterNames: stale,
    ...(embed === undefined ? { tokenless: true } : {}),
    reason: `publish the ${cfg.transitEncryptionEnabled ? 'rediss://' : 'redis://'} URLs while the group accepts both (${staleReason(obs, stale)})`,
  };
}

/** The URL parameters whose value (or type) differs from what this host, TLS and token give. */
function staleUrlParameters(
  cfg: Config,
  obs: Observed,
  endpoint: Endpoint,
  names: ResourceNames,
  token: string | undefined,
): string[] {
  const urls = connectionUrls(
    { host: endpoint.address, port: endpoint.port || cfg.port, tls: cfg.transitEncryptionEnabled, token },
    cfg,
  );
  const desired: Record<string, string> = {
    [names.ssm.redisUrl]: urls.redisUrl,
    [names.ssm.celeryBrokerUrl]: urls.celeryBrokerUrl,
    [names.ssm.celeryResultBackend]: urls.celeryResultBackendUrl,
  };
  // With AUTH on the URLs stay SecureString even before they embed the token: SSM cannot change a
  // parameter's type in place, so each change of type is a delete and a create.
  const type = cfg.authTokenEnabled ? 'SecureString' : 'String';
  return urlParameterNames(names).filter(
    (n) => obs.ssm[n]?.value !== desired[n] || obs.ssm[n]?.type !== type,
  );
}

function staleReason(obs: Observed, stale: string[]): string {
  return `SSM ${stale.map((n) => n.slice(n.lastIndexOf('/') + 1)).join(', ')}: ${stale.some((n) => !obs.ssm[n]) ? 'missing' : 'value changed'}`;
}
