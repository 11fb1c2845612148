import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { type Contract, contracts } from "./contracts.js";
import { routeGroups } from "./routes.js";

const problem = {
  description: "A problem (RFC 9457)",
  content: {
    "application/problem+json": {
      schema: {
        type: "object" as const,
        required: ["type", "title", "status"],
        properties: {
          type: { type: "string" as const },
          title: { type: "string" as const },
          status: { type: "integer" as const },
          detail: { type: "string" as const },
          instance: { type: "string" as const },
        },
      },
    },
  },
};

let cached: unknown;

function headersOf(contract: Contract) {
  return z.object({
    ...(contract.versioned === true
      ? { "if-match": z.string().describe('The ETag you read, e.g. "3"; required: 428 without it, 412 when stale') }
      : {}),
    ...(contract.versioned === "when-exists"
      ? {
          "if-match": z
            .string()
            .optional()
            .describe('To replace: the ETag you read, e.g. "3" (428 without it, 412 when stale); leave out to create'),
        }
      : {}),
    ...(contract.idempotent
      ? {
          "idempotency-key": z
            .string()
            .max(255)
            .optional()
            .describe("Retrying with the same key returns the first result; another body with it is 422"),
        }
      : {}),
  });
}

/** The OpenAPI 3.1 document, generated from the route table and the same zod schemas the handlers use. */
export function openApiDocument(): unknown {
  if (cached) return cached;
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer", bearerFormat: "JWT" });
  for (const [group, { routes }] of Object.entries(routeGroups)) {
    for (const [routeKey, spec] of Object.entries(routes)) {
      const [method, path] = routeKey.split(" ") as [string, string];
      const contract = (contracts as Record<string, Contract>)[routeKey];
      if (!contract) throw new Error(`Route ${routeKey} has no contract`);
      const isPublic = spec.roles === "public";
      registry.registerPath({
        method: method.toLowerCase() as "get" | "post" | "put" | "patch" | "delete",
        path,
        tags: [group],
        summary: spec.summary,
        description: isPublic ? "Public." : `Roles: ${(spec.roles as readonly string[]).join(", ")}.`,
        ...(isPublic ? {} : { security: [{ bearer: [] }] }),
        request: {
          ...(contract.params ? { params: contract.params } : {}),
          ...(contract.query ? { query: contract.query } : {}),
          ...(contract.versioned || contract.idempotent ? { headers: headersOf(contract) } : {}),
          ...(contract.body
            ? { body: { required: true, content: { "application/json": { schema: contract.body } } } }
            : {}),
        },
        responses: {
          // The generic errors first, so a route's own description of an error status wins.
          ...(contract.body ? { 400: problem, 415: problem } : {}),
          ...(isPublic ? {} : { 401: problem, 403: problem }),
          ...(contract.params ? { 404: problem } : {}),
          ...(contract.versioned ? { 412: problem, 428: problem } : {}),
          ...(contract.idempotent ? { 422: problem } : {}),
          ...Object.fromEntries(
            Object.entries(contract.responses).map(([status, response]) => [
              status,
              Number(status) >= 400
                ? { ...problem, description: response.description }
                : {
                    description: response.description,
                    ...(response.schema ? { content: { "application/json": { schema: response.schema } } } : {}),
                  },
            ]),
          ),
          default: problem,
        },
      });
    }
  }
  cached = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Caseline API",
      version: "0.1.0",
      description: "Customer-service and case-management backend. Errors are application/problem+json (RFC 9457).",
    },
  });
  return cached;
}
