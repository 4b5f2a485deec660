// Routes: one typed handler per SDK command. The handler's input/output types are inferred from the
// SDK Command class, so a wrong field name in the fake is a compile error.

import type { AwsCommand } from 'aws-sdk-client-mock';
import type { ServiceName } from './errors.js';

export type CommandClass<I extends object = any, O extends object = any> = new (input: I) => AwsCommand<I, O>;

export interface Route {
  service: ServiceName;
  /** Command name without the "Command" suffix, e.g. "CreateReplicationGroup". */
  name: string;
  command: CommandClass;

  handle: (input: any) => object;
}

export type RouteDef = Omit<Route, 'service'>;

export function commandName(command: { name: string }): string {
  return command.name.replace(/Command$/, '');
}

export function route<I extends object, O extends object>(
  command: CommandClass<I, O>,
  handle: (input: I) => Omit<O, '$metadata'>,
): RouteDef {
  return { name: commandName(command), command, handle };
}

export function serviceRoutes(service: ServiceName, defs: RouteDef[]): Route[] {
  return defs.map((d) => ({ ...d, service }));
}
