import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { routeGroups } from "@caseline/functions/api/routes";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { ZodError } from "zod";
import { jwksPath, type LocalIssuer } from "./issuer.js";

/** API Gateway's own payload limit is 10 MB and Lambda's 6 MB; refuse earlier with the same answer. */
const maxBodyBytes = 6 * 1024 * 1024;

interface CompiledRoute {
  readonly routeKey: string;
  readonly method: string;
  readonly pattern: RegExp;
  readonly handler: string;
}

/** Every route of the route table as a matcher: `/cases/{id}` → `^/cases/(?<id>[^/]+)$`. */
export function compileRoutes(): CompiledRoute[] {
  const routes = Object.values(routeGroups).flatMap((group) =>
    Object.keys(group.routes).map((routeKey) => {
      const [method, path] = routeKey.split(" ") as [string, string];
      const source = path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{(\w+)\\?\}/g, "(?<$1>[^/]+)");
      return { routeKey, method, pattern: new RegExp(`^${source}$`), handler: group.handler };
    }),
  );
  // As API Gateway does, a literal segment wins over a parameter: /cases/bulk before /cases/{id}.
  const parameters = (route: CompiledRoute) => (route.routeKey.match(/\{/g) ?? []).length;
  return routes.sort((a, b) => parameters(a) - parameters(b));
}

export interface GatewayOptions {
  readonly issuer: LocalIssuer;
  readonly staticDirs: readonly string[];
  readonly invoke: (handlerPath: string, event: APIGatewayProxyEventV2) => Promise<unknown>;
  readonly isReady: () => boolean;
}

/** The local stand-in for API Gateway (HTTP API, payload v2), plus the local issuer and the console's files. */
export function createGateway(options: GatewayOptions) {
  const routes = compileRoutes();
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      const method = (req.method ?? "GET").toUpperCase();
      if (!options.isReady()) return send(res, problem(503, "unavailable", "Starting up, try again shortly"));
      if (url.pathname === jwksPath && method === "GET") return send(res, json(200, options.issuer.jwks()));
      if (url.pathname === "/local/token") return send(res, await issueToken(req, method, options.issuer));

      const matching = routes.filter((route) => route.pattern.test(url.pathname));
      const route = matching.find((candidate) => candidate.method === method);
      if (route) {
        const body = await readBody(req);
        if (body === "too-large") return send(res, problem(413, "payload-too-large", "The body is too large"));
        const event = toEvent(req, url, method, route, body);
        return send(res, toResult(await options.invoke(route.handler, event)));
      }
      if (matching.length > 0) {
        const allowed = matching.map((candidate) => candidate.method).join(", ");
        return send(res, {
          ...problem(405, "method-not-allowed", "Method not allowed"),
          headers: { allow: allowed, "content-type": "application/problem+json" },
        });
      }
      if (method === "GET" || method === "HEAD") {
        const wantsPage = (req.headers.accept ?? "").includes("text/html");
        const file = await staticFile(options.staticDirs, url.pathname, wantsPage);
        if (file) return send(res, file, method === "HEAD");
      }
      return send(res, problem(404, "not-found", "Not found", `No route for ${method} ${url.pathname}`));
    } catch (error) {
      console.error("gateway: unexpected error", error);
      return send(res, problem(500, "internal", "Internal error"));
    }
  };
}

async function issueToken(req: IncomingMessage, method: string, issuer: LocalIssuer) {
  if (method !== "POST") return problem(405, "method-not-allowed", "Method not allowed");
  const body = await readBody(req);
  if (body === "too-large") return problem(413, "payload-too-large", "The body is too large");
  let request: unknown;
  try {
    request = JSON.parse(body.toString("utf8") || "null");
  } catch {
    return problem(400, "malformed-request", "The body is not valid JSON");
  }
  try {
    return json(200, await issuer.issue(request as never));
  } catch (error) {
    if (error instanceof ZodError) {
      const errors = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
      return {
        ...problem(400, "validation-error", "The request is not valid"),
        body: JSON.stringify({
          type: "https://caseline.dev/problems/validation-error",
          title: "The request is not valid",
          status: 400,
          errors,
        }),
      };
    }
    throw error;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer | "too-large"> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on("end", () => resolveBody(tooLarge ? "too-large" : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

const textual = /^(text\/|application\/(.+\+)?(json|xml|x-www-form-urlencoded|javascript))/i;

function toEvent(
  req: IncomingMessage,
  url: URL,
  method: string,
  route: CompiledRoute,
  body: Buffer,
): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === "cookie") continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(",") : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = name in query ? `${query[name]},${value}` : value;
  const pathParameters = Object.fromEntries(
    Object.entries(route.pattern.exec(url.pathname)?.groups ?? {}).map(([name, value]) => [name, safeDecode(value)]),
  );
  const isText = body.length === 0 || textual.test(headers["content-type"] ?? "");
  const now = new Date();
  return {
    version: "2.0",
    routeKey: route.routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    ...(req.headers.cookie ? { cookies: req.headers.cookie.split(/;\s*/) } : {}),
    headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    ...(Object.keys(pathParameters).length ? { pathParameters } : {}),
    requestContext: {
      accountId: "000000000000",
      apiId: "local",
      domainName: headers.host ?? "localhost",
      domainPrefix: (headers.host ?? "localhost").split(".")[0] ?? "localhost",
      http: {
        method,
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? "127.0.0.1",
        userAgent: headers["user-agent"] ?? "",
      },
      requestId: randomUUID(),
      routeKey: route.routeKey,
      stage: "$default",
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(body.length ? { body: isText ? body.toString("utf8") : body.toString("base64") } : {}),
    isBase64Encoded: !isText,
  };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** HTTP API's rules for a handler's return value: a structured result, or anything else as JSON 200. */
function toResult(value: unknown): APIGatewayProxyStructuredResultV2 {
  if (value && typeof value === "object" && "statusCode" in value) return value as APIGatewayProxyStructuredResultV2;
  if (typeof value === "string")
    return { statusCode: 200, headers: { "content-type": "application/json" }, body: value };
  return json(200, value ?? null);
}

function json(status: number, body: unknown): APIGatewayProxyStructuredResultV2 {
  return { statusCode: status, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}

function problem(status: number, slug: string, title: string, detail?: string): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: status,
    headers: { "content-type": "application/problem+json" },
    body: JSON.stringify({
      type: `https://caseline.dev/problems/${slug}`,
      title,
      status,
      ...(detail ? { detail } : {}),
    }),
  };
}

function send(
  res: ServerResponse,
  result: APIGatewayProxyStructuredResultV2 & { raw?: Buffer },
  headOnly = false,
): void {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  if (result.cookies?.length) headers["set-cookie"] = result.cookies;
  const body =
    result.raw ?? (result.body ? Buffer.from(result.body, result.isBase64Encoded ? "base64" : "utf8") : undefined);
  res.writeHead(result.statusCode ?? 200, headers);
  res.end(headOnly ? undefined : body);
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};

/** The console's built files: the first directory that exists wins (the build, else the placeholder). */
async function staticFile(dirs: readonly string[], pathname: string, spaFallback: boolean) {
  const root = dirs.find((dir) => existsSync(dir));
  if (!root) return undefined;
  const base = resolve(root);
  const wanted = resolve(join(base, safeDecode(pathname)));
  if (wanted !== base && !wanted.startsWith(base + sep)) return undefined;
  const candidates = [wanted, join(wanted, "index.html")];
  // A browser navigating to one of the console's client-side routes gets its index page.
  if (spaFallback && !extname(pathname)) candidates.push(join(base, "index.html"));
  for (const candidate of candidates) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) {
      return {
        statusCode: 200,
        headers: { "content-type": contentTypes[extname(candidate)] ?? "application/octet-stream" },
        raw: await readFile(candidate),
      };
    }
  }
  return undefined;
}
