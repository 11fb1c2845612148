import { envNames } from "@caseline/core/config";
import { type RouteGroupName, routeGroups } from "@caseline/functions/api/routes";
import {
  type ApiRouteProps,
  Api as HttpApi,
  type Function as SstFunction,
  type StackContext,
  use,
} from "sst/constructs";
import { Auth } from "./Auth.js";
import { capabilityFunction } from "./capabilities.js";
import { physicalName } from "./naming.js";
import { Storage } from "./Storage.js";
import { Workflows } from "./Workflows.js";

/**
 * The HTTP API: one function per route group, shared by all of the group's routes. No API Gateway
 * authorizer: the handlers verify JWTs themselves against CASELINE_ISSUERS (one code path for Cognito and the
 * local issuer).
 */
export function Api({ stack }: StackContext) {
  const { table } = use(Storage);
  const { issuers } = use(Auth);
  const { exportTargets } = use(Workflows);

  const functions = {} as Record<RouteGroupName, SstFunction>;
  const routes: Record<string, ApiRouteProps<never>> = {};
  for (const groupName of Object.keys(routeGroups) as RouteGroupName[]) {
    const group = routeGroups[groupName];
    const fn = capabilityFunction(stack, `Route-${groupName}`, {
      handler: group.handler,
      uses: group.uses,
      targets: { table, exports: exportTargets },
      environment: { [envNames.issuers]: issuers },
    });
    functions[groupName] = fn;
    for (const routeKey of Object.keys(group.routes)) routes[routeKey] = { function: fn };
  }

  const api = new HttpApi(stack, "Api", {
    routes,
    cors: {
      allowOrigins: ["*"],
      allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
      allowHeaders: ["authorization", "content-type", "if-match", "idempotency-key"],
      // The console reads versions for If-Match and follows Location after a create.
      exposeHeaders: ["etag", "location"],
      maxAge: "1 hour",
    },
    cdk: { httpApi: { apiName: physicalName(stack, "api") } },
  });

  stack.addOutputs({ ApiUrl: api.url });

  return { api, functions };
}
