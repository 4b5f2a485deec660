// The likely cause of a failed connection check, from where it failed (the stage) and what the
// client or the server said. Pure: tested with the errors a real redis-server and Node produce.

import type { Diagnosis, StepFailure } from './types.js';

/** The network never let the connection through: security groups, routing, DNS. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'EADDRNOTAVAIL',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EAI_FAIL',
]);
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);

/** OpenSSL's certificate verification results, as Node reports them in error.code. */
const CERT_CODES = new Set([
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'CERT_SIGNATURE_FAILURE',
  'CERT_NOT_YET_VALID',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_CHAIN_TOO_LONG',
  'CERT_REVOKED',
  'INVALID_CA',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'HOSTNAME_MISMATCH',
]);

/** The connection was cut: on a plain URL to a TLS port, this is the server refusing plain text. */
const CUT_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
const CUT_MESSAGE = /connection is closed|socket hang up|socket closed|disconnected before secure TLS/i;

const NETWORK_ADVICE =
  'The runner cannot reach the endpoint. verify_connection needs a runner inside the VPC or attached to it ' +
  '(self-hosted, VPN, peering or transit gateway), and the group’s security group must admit it: add the ' +
  'runner’s security group to allowed_security_group_ids or its address range to allowed_cidr_blocks.';

/** The likely cause of a failed step, named for the summary and the error. */
export function diagnose(f: StepFailure): Diagnosis {
  return (
    serverReplyCause(f) ??
    handshakeCause(f) ??
    networkCause(f) ?? {
      cause: 'unknown',
      title: 'unrecognised error',
      advice: 'The error above does not match a known cause; it is what the client or the server reported.',
    }
  );
}

/** The server answered: its reply names the problem (token, database, replica, memory). */
function serverReplyCause(f: StepFailure): Diagnosis | undefined {
  const msg = f.message;
  if (/^(WRONGPASS|NOAUTH)\b|invalid password|invalid username-password/i.test(msg)) {
    const missing = /^NOAUTH\b/i.test(msg) && !f.auth;
    return {
      cause: 'token',
      title: 'AUTH token',
      advice: missing
        ? 'The server requires an AUTH token and the URL carries none: the URL predates auth_token_enabled, or ' +
          'the group was changed outside this action. Re-run apply to republish the URLs.'
        : 'The server rejected the token in the URL: the URL holds a stale token (the SSM parameters and the ' +
          'group disagree), or an AUTH rotation has not finished. Re-run apply, or wait for the rotation to finish.',
    };
  }
  if (/called without any password configured|no password is set/i.test(msg)) {
    return {
      cause: 'token',
      title: 'AUTH token',
      advice:
        'The URL carries a token but the server has AUTH off: the URL is stale (auth_token_enabled was turned ' +
        'off, or the group was changed outside this action). Re-run apply to republish the URLs.',
    };
  }
  if (/DB index is out of range|invalid DB index/i.test(msg)) {
    return {
      cause: 'db',
      title: 'database number',
      advice:
        'The server has fewer databases than the URL’s number: choose cache_db, celery_db and ' +
        'celery_result_db below the group’s `databases` parameter (16 on ElastiCache: 0-15).',
    };
  }
  if (/^READONLY\b/.test(msg)) {
    return {
      cause: 'readonly',
      title: 'read-only replica',
      advice:
        'The endpoint answered as a read-only replica: a failover is in progress, or the name resolves to a ' +
        'replica (a reader endpoint or a node endpoint instead of the primary endpoint). Re-run once it settles.',
    };
  }
  if (/^OOM\b/.test(msg)) {
    return {
      cause: 'memory',
      title: 'memory full',
      advice:
        'The server refused the write: used memory is above maxmemory and nothing can be evicted. Review ' +
        'maxmemory_policy (keys without a TTL are never evicted by volatile-* policies) or use a larger node_type.',
    };
  }
  return undefined;
}

/** Certificate and handshake errors, and a TLS/plain-text mismatch between the URL and the server. */
function handshakeCause(f: StepFailure): Diagnosis | undefined {
  const msg = f.message;
  const code = f.code ?? '';
  if (CERT_CODES.has(code) || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_')) {
    return { cause: 'tls', title: 'TLS', advice: tlsAdvice(code, msg) };
  }

  // TCP got through (the probe passed), but the client's connect did not complete.
  if (f.stage === 'connect') {
    if (f.tls && (f.timedOut || code === 'ETIMEDOUT')) {
      return {
        cause: 'tls',
        title: 'TLS',
        advice:
          'TCP connected but the TLS handshake never completed: the server does not speak TLS. The URL is ' +
          'rediss:// while the group has transit encryption off; re-run apply to republish the URLs.',
      };
    }
    if (f.tls && (CUT_CODES.has(code) || CUT_MESSAGE.test(msg))) {
      return {
        cause: 'tls',
        title: 'TLS',
        advice:
          'The server closed the connection during the TLS handshake: a TLS version or cipher mismatch, or ' +
          'something between the runner and the endpoint (a proxy or firewall) that is not the server.',
      };
    }
  }

  // After connecting: a cut connection on a plain URL is a TLS server refusing plain text.
  const connected = f.stage !== 'tcp' && f.stage !== 'connect';
  if (connected && !f.tls && (CUT_CODES.has(code) || CUT_MESSAGE.test(msg))) {
    return {
      cause: 'tls',
      title: 'TLS',
      advice:
        'The server closed the connection on the first command of a plain redis:// URL: it expects TLS. The ' +
        'group has transit encryption on while the URL says TLS off; re-run apply to republish the URLs.',
    };
  }

  return undefined;
}

/** Nothing got through, or the connection stopped answering: the security group or the network path. */
function networkCause(f: StepFailure): Diagnosis | undefined {
  const msg = f.message;
  const code = f.code ?? '';
  // The TCP probe failed or timed out: nothing got through.
  if (f.stage === 'tcp') {
    return {
      cause: 'network',
      title: 'security group / network path',
      advice: DNS_CODES.has(code)
        ? 'The endpoint’s name does not resolve from the runner: the runner uses a DNS server that cannot ' +
          'see the name, or the group was deleted. ' +
          NETWORK_ADVICE
        : NETWORK_ADVICE,
    };
  }
  if (f.timedOut || NETWORK_CODES.has(code) || CUT_CODES.has(code) || CUT_MESSAGE.test(msg)) {
    return {
      cause: 'network',
      title: 'security group / network path',
      advice: f.timedOut
        ? 'The endpoint stopped answering within the check’s time bound. ' + NETWORK_ADVICE
        : NETWORK_ADVICE,
    };
  }
  return undefined;
}

function tlsAdvice(code: string, msg: string): string {
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code === 'HOSTNAME_MISMATCH' || /altname/i.test(msg)) {
    return (
      'The certificate does not name the host the URL connects to: connect by the endpoint’s own DNS name ' +
      '(the primary endpoint), not by an IP address or through a CNAME, as the ElastiCache certificate only ' +
      'covers the endpoint names.'
    );
  }
  if (
    code.startsWith('ERR_SSL_') &&
    /wrong version number|packet length too long|unknown protocol/i.test(msg)
  ) {
    return (
      'The server answered the TLS handshake in plain text: the URL is rediss:// while the group has transit ' +
      'encryption off; re-run apply to republish the URLs.'
    );
  }
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') {
    return 'The server’s certificate is outside its validity period: check the runner’s clock.';
  }
  return (
    'The runner does not trust the server’s certificate: its CA bundle lacks the issuing root (Amazon’s roots ' +
    'are in the usual bundles: install ca-certificates on a self-hosted runner, or point NODE_EXTRA_CA_CERTS at ' +
    'a bundle that has them), or something between the runner and the endpoint presents its own certificate.'
  );
}
