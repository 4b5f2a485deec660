// The executor's classification of the group while it waits (mutation testing found it unpinned):
// absent, failed or deleting → failure; any busy member or pending AUTH/TLS/failover/log change →
// pending, labelled with what it waits for; available with nothing pending → success.

import { describe, expect, it } from 'vitest';
import type { ReplicationGroup } from '@aws-sdk/client-elasticache';
import { classifyGroup } from '../src/execute/wait.js';

const ok = [
  { id: 'app-001', status: 'available' },
  { id: 'app-002', status: 'available' },
];
const group = (rg: Partial<ReplicationGroup> = {}): ReplicationGroup => ({ Status: 'available', ...rg });

describe('classifyGroup', () => {
  it('an absent group is a failure', () => {
    expect(classifyGroup({ rg: undefined, members: [] })).toEqual({
      state: 'failure',
      label: 'gone (ReplicationGroupNotFound)',
    });
  });

  it.each(['create-failed', 'deleting', 'deleted'])('%s is a failure', (status) => {
    expect(classifyGroup({ rg: group({ Status: status }), members: ok })).toEqual({
      state: 'failure',
      label: status,
    });
  });

  it('available with every member available and nothing pending is success', () => {
    expect(classifyGroup({ rg: group(), members: ok })).toEqual({ state: 'success', label: 'available' });
    expect(classifyGroup({ rg: group({ PendingModifiedValues: {} }), members: [] })).toEqual({
      state: 'success',
      label: 'available',
    });
  });

  it('a status other than available is pending; a missing status reads "unknown"', () => {
    expect(classifyGroup({ rg: group({ Status: 'modifying' }), members: ok })).toEqual({
      state: 'pending',
      label: 'modifying',
    });
    expect(classifyGroup({ rg: group({ Status: undefined }), members: ok })).toEqual({
      state: 'pending',
      label: 'unknown',
    });
  });

  it('a busy member keeps an available group pending, and is named', () => {
    const members = [
      { id: 'app-001', status: 'available' },
      { id: 'app-002', status: 'modifying' },
      { id: 'app-003', status: 'creating' },
    ];
    expect(classifyGroup({ rg: group(), members })).toEqual({
      state: 'pending',
      label: 'available; members app-002 modifying, app-003 creating',
    });
  });

  it('pending AUTH, TLS and failover changes keep it pending, each named', () => {
    expect(
      classifyGroup({
        rg: group({
          PendingModifiedValues: {
            AuthTokenStatus: 'ROTATING',
            TransitEncryptionMode: 'required',
            AutomaticFailoverStatus: 'enabled',
          },
        }),
        members: ok,
      }),
    ).toEqual({
      state: 'pending',
      label: 'available; AUTH token rotating, TLS mode → required, failover enabled',
    });
    for (const pending of [
      { AuthTokenStatus: 'SETTING' as const },
      { TransitEncryptionMode: 'preferred' as const },
      { AutomaticFailoverStatus: 'disabled' as const },
    ]) {
      expect(classifyGroup({ rg: group({ PendingModifiedValues: pending }), members: ok }).state).toBe(
        'pending',
      );
    }
  });

  it('log deliveries: enabling/modifying/disabling are pending; active and error are not', () => {
    const logs = (...s: string[]) =>
      group({
        LogDeliveryConfigurations: s.map((Status, i) => ({
          LogType: i ? 'engine-log' : 'slow-log',
          Status: Status as 'active',
        })),
      });
    expect(classifyGroup({ rg: logs('enabling', 'active'), members: ok })).toEqual({
      state: 'pending',
      label: 'available; slow-log enabling',
    });
    expect(classifyGroup({ rg: logs('active', 'disabling'), members: ok })).toEqual({
      state: 'pending',
      label: 'available; engine-log disabling',
    });
    expect(classifyGroup({ rg: logs('active', 'error'), members: ok })).toEqual({
      state: 'success',
      label: 'available',
    });
    expect(
      classifyGroup({ rg: group({ LogDeliveryConfigurations: [{ LogType: 'slow-log' }] }), members: ok }),
    ).toEqual({ state: 'success', label: 'available' });
  });

  it('members and pending changes together', () => {
    expect(
      classifyGroup({
        rg: group({ Status: 'modifying', PendingModifiedValues: { TransitEncryptionMode: 'preferred' } }),
        members: [{ id: 'app-001', status: 'rebooting cache cluster nodes' }],
      }),
    ).toEqual({
      state: 'pending',
      label: 'modifying; members app-001 rebooting cache cluster nodes; TLS mode → preferred',
    });
  });
});
