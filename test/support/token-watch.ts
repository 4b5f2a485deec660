// An invariant of every token change: after each answered call, the token in AUTH_TOKEN and the
// one every URL embeds are tokens the group accepts.

import type { FakeCall, FakeCloud } from '../fake/index.js';

const URL_PARAMETERS = ['REDIS_URL', 'CELERY_BROKER_URL', 'CELERY_RESULT_BACKEND'];

/** Starts watching; returns the violations seen so far (each naming the call after which it was seen). */
export function watchTokens(cloud: FakeCloud, group: string): string[] {
  const prefix = `/django-redis-action/${group}`;
  const violations: string[] = [];
  cloud.onCall((call: FakeCall) => {
    if (!cloud.replicationGroup(group)) return;
    const accepted = cloud.acceptedTokens(group);
    const ssm = cloud.state.ssmParameters;
    const inUrls = URL_PARAMETERS.map(
      (n) => /^rediss?:\/\/:([^@]+)@/.exec(ssm.get(`${prefix}/${n}`)?.value ?? '')?.[1],
    );
    for (const t of [ssm.get(`${prefix}/AUTH_TOKEN`)?.value, ...inUrls]) {
      if (t !== undefined && !accepted.includes(t)) {
        const strategy = call.input.AuthTokenUpdateStrategy ?? '';
        violations.push(`after ${call.run ?? ''} ${call.command} ${strategy}: ${t.slice(0, 8)}… refused`);
      }
    }
  });
  return violations;
}
