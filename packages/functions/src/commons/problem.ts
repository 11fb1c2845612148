import {
  Conflict,
  type DomainError,
  Forbidden,
  IdempotencyKeyReused,
  InvalidInput,
  NotFound,
  PreconditionFailed,
  PreconditionRequired,
  Unauthenticated,
  Unprocessable,
} from "@caseline/core";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { ZodError } from "zod";

/** Stable problem types (RFC 9457); clients may switch on the last path segment. */
export const problemBase = "https://caseline.dev/problems/";

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail?: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
  }
}

const domainStatus: [new (...args: never[]) => DomainError, number, string, string][] = [
  [InvalidInput, 400, "validation-error", "The request is not valid"],
  [Unauthenticated, 401, "unauthenticated", "Authentication required"],
  [Forbidden, 403, "forbidden", "Not allowed"],
  [NotFound, 404, "not-found", "Not found"],
  [Conflict, 409, "conflict", "Conflict"],
  [PreconditionFailed, 412, "precondition-failed", "The resource changed since you read it"],
  [IdempotencyKeyReused, 422, "idempotency-key-reused", "Idempotency-Key reused with a different request"],
  [PreconditionRequired, 428, "precondition-required", "If-Match required"],
  [Unprocessable, 422, "unprocessable", "The request cannot be carried out"],
];

/** Maps any error to a problem; the boolean says whether it was expected (a 4xx) or a fault. */
export function toProblem(error: unknown): { problem: HttpProblem; expected: boolean } {
  if (error instanceof HttpProblem) return { problem: error, expected: error.status < 500 };
  if (error instanceof ZodError) {
    const issues = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
    return {
      problem: new HttpProblem(400, "validation-error", "The request is not valid", summarize(issues), {
        errors: issues,
      }),
      expected: true,
    };
  }
  for (const [type, status, slug, title] of domainStatus) {
    if (error instanceof type) {
      return { problem: new HttpProblem(status, slug, title, error.message, error.details ?? {}), expected: true };
    }
  }
  return {
    problem: new HttpProblem(500, "internal", "Internal error", "Something went wrong on our side"),
    expected: false,
  };
}

function summarize(issues: { path: string; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
    .join("; ");
}

export function problemResponse(problem: HttpProblem, instance?: string): APIGatewayProxyStructuredResultV2 {
  const headers: Record<string, string> = { "content-type": "application/problem+json" };
  if (problem.status === 401) headers["www-authenticate"] = 'Bearer realm="caseline"';
  return {
    statusCode: problem.status,
    headers,
    body: JSON.stringify({
      type: problemBase + problem.slug,
      title: problem.title,
      status: problem.status,
      ...(problem.detail ? { detail: problem.detail } : {}),
      ...(instance ? { instance } : {}),
      ...problem.extensions,
    }),
  };
}
