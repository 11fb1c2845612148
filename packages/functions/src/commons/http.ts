import { createHash } from "node:crypto";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import type { Actor, AppContext, RequestMeta } from "@caseline/core";
import { Forbidden, PreconditionRequired, Unauthenticated } from "@caseline/core";
import middy from "@middy/core";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import type { z } from "zod";
import { type Contract, contracts } from "../api/contracts.js";
import { type RouteGroupName, type RouteSpec, routeGroups } from "../api/routes.js";
import { logger } from "./logger.js";
import { HttpProblem, problemResponse, toProblem } from "./problem.js";
import { useRuntime } from "./runtime.js";

export interface ApiRequest<C extends Contract = Contract> {
  readonly event: APIGatewayProxyEventV2;
  readonly app: AppContext;
  readonly meta: RequestMeta;
  readonly params: C["params"] extends z.ZodObject ? z.infer<C["params"]> : Record<string, never>;
  readonly query: C["query"] extends z.ZodObject ? z.infer<C["query"]> : Record<string, never>;
  readonly body: C["body"] extends z.ZodType ? z.infer<C["body"]> : undefined;
  /** For versioned routes: the version named by If-Match (the route already refused a request without one). */
  readonly expectedVersion: C["versioned"] extends true
    ? number
    : C["versioned"] extends "when-exists"
      ? number | undefined
      : undefined;
}

export interface ApiResult {
  readonly status: number;
  /** Sent as JSON. */
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** Sent as it is instead of JSON: bytes (base64 to API Gateway, which decodes them) or text such as CSV. */
  readonly raw?: { readonly contentType: string; readonly bytes?: Uint8Array; readonly text?: string };
}

type Routes<G extends RouteGroupName> = (typeof routeGroups)[G]["routes"];
type Operations<G extends RouteGroupName> = {
  [K in keyof Routes<G> & keyof typeof contracts]: (request: ApiRequest<(typeof contracts)[K]>) => Promise<ApiResult>;
};

const anonymous: RequestMeta["actor"] = { sub: "anonymous", roles: [] };
const correlationIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * One Lambda handler for a route group: routes by `routeKey`, authenticates and authorizes by the
 * route's roles, parses and validates the body, and answers every error as problem+json.
 */
export function httpApi<G extends RouteGroupName>(group: G, operations: Operations<G>) {
  const routes = routeGroups[group].routes as Readonly<Record<string, RouteSpec>>;
  const base = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const routeKey = event.routeKey;
    const spec = routes[routeKey];
    const operation = (operations as Record<string, (request: ApiRequest) => Promise<ApiResult>>)[routeKey];
    const contract = (contracts as Record<string, Contract>)[routeKey];
    if (!spec || !operation || !contract) throw new HttpProblem(404, "not-found", "Not found", `No route ${routeKey}`);
    const { app, verifyToken } = useRuntime();
    const actor = spec.roles === "public" ? anonymous : await authenticate(event, verifyToken);
    if (spec.roles !== "public" && !actor.roles.some((role) => (spec.roles as readonly string[]).includes(role))) {
      throw new Forbidden(`This needs one of the roles: ${spec.roles.join(", ")}`);
    }
    const params = contract.params ? contract.params.parse(event.pathParameters ?? {}) : {};
    const query = contract.query ? contract.query.parse(event.queryStringParameters ?? {}) : {};
    const expectedVersion =
      contract.versioned === true || (contract.versioned === "when-exists" && event.headers?.["if-match"])
        ? parseIfMatch(event)
        : undefined;
    const rawBody = contract.body ? parseJsonBody(event) : undefined;
    const body = contract.body ? contract.body.parse(rawBody) : undefined;
    const correlationId = correlationIdOf(event);
    const idempotency = contract.idempotent ? idempotencyOf(event, actor, routeKey, rawBody) : undefined;
    const meta: RequestMeta = {
      actor,
      ...(correlationId ? { correlationId } : {}),
      ...(idempotency ? { idempotency } : {}),
    };
    const result = await operation({ event, app, meta, params, query, body, expectedVersion } as ApiRequest);
    if (result.raw) return rawResponse(result, result.raw);
    return {
      statusCode: result.status,
      headers: { ...(result.body === undefined ? {} : { "content-type": "application/json" }), ...result.headers },
      ...(result.body === undefined ? {} : { body: JSON.stringify(result.body) }),
    };
  };

  return middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context>(base)
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use({
      before: ({ event }) => {
        logger.setCorrelationId(correlationIdOf(event));
      },
      after: (request) => {
        request.response = withCorrelationHeader(request.response, correlationIdOf(request.event));
      },
      onError: (request) => {
        const { problem, expected } = toProblem(request.error);
        if (expected)
          logger.info("request refused", { status: problem.status, problem: problem.slug, detail: problem.detail });
        else logger.error("request failed", request.error as Error);
        request.response = withCorrelationHeader(
          problemResponse(problem, request.event.rawPath),
          correlationIdOf(request.event),
        );
      },
    });
}

/** A non-JSON answer: HTTP API passes `isBase64Encoded` bodies to the client as the bytes they encode. */
function rawResponse(result: ApiResult, raw: NonNullable<ApiResult["raw"]>): APIGatewayProxyStructuredResultV2 {
  const headers = { "content-type": raw.contentType, ...result.headers };
  if (raw.bytes) {
    return {
      statusCode: result.status,
      headers,
      body: Buffer.from(raw.bytes).toString("base64"),
      isBase64Encoded: true,
    };
  }
  return { statusCode: result.status, headers, body: raw.text ?? "" };
}

/**
 * The request's correlation id: the caller's `x-correlation-id` when it is sane, else API Gateway's
 * request id. Derived from the event, not kept in the logger, because the local runtime serves many
 * requests at once in one process and a shared logger's state would mix them up.
 */
function correlationIdOf(event: APIGatewayProxyEventV2): string | undefined {
  const given = event.headers?.["x-correlation-id"];
  return given && correlationIdPattern.test(given) ? given : event.requestContext?.requestId;
}

function withCorrelationHeader(response: APIGatewayProxyStructuredResultV2 | null, id: string | undefined) {
  if (!response || !id) return response ?? { statusCode: 204 };
  return { ...response, headers: { ...response.headers, "x-correlation-id": id } };
}

async function authenticate(event: APIGatewayProxyEventV2, verify: (token: string) => Promise<RequestMeta["actor"]>) {
  const header = event.headers?.authorization ?? event.headers?.Authorization;
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  if (!match?.[1]) throw new Unauthenticated("A bearer token is required (Authorization: Bearer <token>)");
  return verify(match[1]);
}

/** `If-Match: "7"` (or W/"7") → 7. Updates must name the version they change. */
function parseIfMatch(event: APIGatewayProxyEventV2): number {
  const header = event.headers?.["if-match"];
  if (!header) throw new PreconditionRequired("This update needs an If-Match header with the ETag you read");
  const match = /^\s*(?:W\/)?"(\d{1,12})"\s*$/.exec(header);
  if (!match?.[1]) throw new HttpProblem(400, "malformed-request", 'If-Match must be an ETag like "3"');
  return Number(match[1]);
}

const idempotencyKeyPattern = /^[\x21-\x7e]{1,255}$/;

/** An Idempotency-Key is scoped to the caller and the route, and bound to the body it came with. */
function idempotencyOf(event: APIGatewayProxyEventV2, actor: Actor, routeKey: string, body: unknown) {
  const key = event.headers?.["idempotency-key"];
  if (key === undefined) return undefined;
  if (!idempotencyKeyPattern.test(key)) {
    throw new HttpProblem(400, "malformed-request", "Idempotency-Key must be 1 to 255 visible ASCII characters");
  }
  const target = routeKey.includes("{") ? `${routeKey} ${event.rawPath}` : routeKey;
  return {
    scope: `${actor.sub} ${target}`,
    key,
    requestHash: createHash("sha256").update(canonicalJson(body)).digest("hex"),
  };
}

/** JSON with sorted keys, so the same body hashes the same whatever its key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

function parseJsonBody(event: APIGatewayProxyEventV2): unknown {
  const contentType = event.headers?.["content-type"] ?? "";
  if (!event.body) throw new HttpProblem(400, "malformed-request", "A JSON body is required");
  if (!/^application\/(.+\+)?json\b/i.test(contentType)) {
    throw new HttpProblem(415, "unsupported-media-type", "Unsupported media type", "Send the body as application/json");
  }
  const text = event.isBase64Encoded ? Buffer.from(event.body, "base64").toString("utf8") : event.body;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpProblem(400, "malformed-request", "The body is not valid JSON");
  }
}
