// Advice on the inputs of `apply` and `plan` that does not stop the run: nothing admitted, more
// security groups than the default quota, alarm settings with alarms off, a port open to the world.

import { DEFAULT_SECURITY_GROUPS_PER_ENI } from './apply-rules.js';
import { INPUT_DEFAULTS, type InputName } from './inputs.js';
import type { ApplyConfig } from './types.js';

const ALARM_INPUTS: InputName[] = [
  'alarm_actions',
  'ok_actions',
  'alarm_cpu_threshold_percent',
  'alarm_memory_threshold_percent',
  'alarm_connections_threshold',
  'alarm_replication_lag_seconds',
];

/** Whether the workflow set an input that only matters with alarms on. */
function alarmInputsSet(raw: Partial<Record<InputName, string>> | undefined): boolean {
  return ALARM_INPUTS.some((n) => {
    const v = (raw?.[n] ?? '').trim();
    return v !== '' && v !== INPUT_DEFAULTS[n];
  });
}

/** Advice that does not stop the run. */
export function applyWarnings(config: ApplyConfig, raw?: Partial<Record<InputName, string>>): string[] {
  const warnings: string[] = [];
  if (config.allowedSecurityGroupIds.length === 0 && config.allowedCidrBlocks.length === 0) {
    warnings.push(
      config.securityGroupIds.length === 0
        ? 'Neither allowed_security_group_ids nor allowed_cidr_blocks is set: nothing will be able to connect ' +
            `to ${config.name} on port ${config.port}.`
        : 'Neither allowed_security_group_ids nor allowed_cidr_blocks is set: the action’s security group ' +
            `admits nothing, so only the rules of security_group_ids let clients reach port ${config.port}.`,
    );
  }
  const attached = config.securityGroupIds.length + 1;
  if (attached > DEFAULT_SECURITY_GROUPS_PER_ENI) {
    warnings.push(
      `security_group_ids: ${attached} security groups on the group's network interface (with the managed one), ` +
        `more than the default quota of ${DEFAULT_SECURITY_GROUPS_PER_ENI} per network interface. AWS refuses the ` +
        `create or change unless the account's "security groups per network interface" quota (VPC) is raised to at least ${attached}.`,
    );
  }
  if (!config.alarms && alarmInputsSet(raw)) {
    warnings.push(
      'alarm_actions, ok_actions or an alarm threshold is set, but alarms are off (alarms is false, or empty ' +
        'without notification_topic_arn): no alarm is created. Set alarms: true to create them.',
    );
  }
  if (config.allowedCidrBlocks.includes('0.0.0.0/0')) {
    warnings.push(
      `allowed_cidr_blocks contains 0.0.0.0/0: port ${config.port} is open to every address that can route ` +
        'to the VPC. Prefer the application’s security group or its private CIDR.',
    );
  }
  return warnings;
}
