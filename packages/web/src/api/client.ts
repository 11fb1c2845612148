import { getSession, signOut } from "../auth/session";
import type { paths } from "./openapi";

type Method = "get" | "post" | "put" | "patch" | "delete";
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<R> = R extends { content: { "application/json": infer Body } } ? Body : undefined;
type Success<O> = O extends { responses: infer R }
  ? 200 extends keyof R
    ? JsonOf<R[200]>
    : 201 extends keyof R
      ? JsonOf<R[201]>
      : undefined
  : never;
type RequestBody<O> = O extends { requestBody?: { content: { "application/json": infer Body } } } ? Body : never;

/** The JSON body a route answers on success, from the generated OpenAPI types. */
export type ApiResponse<P extends keyof paths, M extends Method> = Success<Operation<P, M>>;
/** The JSON body a route takes. */
export type ApiBody<P extends keyof paths, M extends Method> = RequestBody<Operation<P, M>>;

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
  [key: string]: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title);
    this.name = "ApiError";
  }
}

export interface CallOptions<B> {
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  body?: B;
  ifMatch?: number | string;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/** The API's base URL: VITE_API_URL when the console is served apart from it (AWS), else this origin. */
export function apiUrl(path: string): string {
  const base = (import.meta.env.VITE_API_URL as string | undefined)?.replace(/\/+$/, "") ?? window.location.origin;
  return `${base}${path}`;
}

function expand(path: string, params: Record<string, string> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for {${name}} in ${path}`);
    return encodeURIComponent(value);
  });
}

/** Calls the API with the session's token; the path and the types come from the OpenAPI document. */
export async function api<P extends keyof paths, M extends Method>(
  method: M,
  path: P,
  options: CallOptions<ApiBody<P, M>> = {},
): Promise<ApiResponse<P, M>> {
  const url = new URL(apiUrl(expand(path as string, options.params)));
  for (const [name, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== "") url.searchParams.set(name, String(value));
  }
  const headers: Record<string, string> = { accept: "application/json" };
  const token = getSession()?.token;
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.ifMatch !== undefined) headers["if-match"] = `"${options.ifMatch}"`;
  if (options.idempotencyKey) headers["idempotency-key"] = options.idempotencyKey;
  const response = await fetch(url, {
    method: method.toUpperCase(),
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const text = await response.text();
  const body = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) {
    if (response.status === 401) signOut();
    const problem = (body as Problem | undefined) ?? { type: "about:blank", title: response.statusText, status: 0 };
    throw new ApiError(response.status, { ...problem, status: response.status });
  }
  return body as ApiResponse<P, M>;
}

/** A fresh Idempotency-Key for one user action (a retry of the same action reuses it). */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
