import type { App, Stack } from "sst/constructs";

/**
 * The physical name of a named resource: `caseline-<stage>-<suffix>` (or `caseline-<stage>`), so two stages
 * in one account never share a table, bus, schedule group or state machine.
 */
export function physicalName(stack: Stack, suffix?: string): string {
  const appName = (stack.node.root as App).name;
  return suffix ? `${appName}-${stack.stage}-${suffix}` : `${appName}-${stack.stage}`;
}
