import { Case } from "@caseline/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";

// Timers far in the future, and the stream settled before each snapshot, so nothing in the
// background writes while a test checks that a refused request wrote nothing.
let rt: TestRuntime;
let customerId: string;
beforeAll(async () => {
  rt = await startTestRuntime({ caseAckSeconds: 3600 });
  customerId = (await rt.request("POST", "/customers", { body: customerBody })).body.id;
});
afterAll(async () => {
  await rt?.stop();
});

const customerBody = {
  kind: "person",
  displayName: "José Álvarez",
  emails: ["jose@example.org"],
  phones: ["+525512345678"],
  preferredLanguage: "es-MX",
};

describe("a change, its audit entry and its outbox event are written atomically", () => {
  it("a failed condition in the transaction leaves none of the three", async () => {
    const before = await rt.quietSnapshot();
    // Case.open is the transactional write; the customer's existence is its condition.
    await expect(
      Case.open(
        rt.app,
        { actor: { sub: "u-test", roles: ["agent"] } },
        { customerId: "NO-SUCH-CUSTOMER", subject: "x", type: "inquiry", priority: "normal", channel: "email" },
        "CL-999999",
      ),
    ).rejects.toThrow(/does not exist/);
    expect(await rt.quietSnapshot()).toEqual(before);
  });

  it("POST /cases for a missing customer is 422 and writes nothing, not even a case number", async () => {
    const before = await rt.quietSnapshot();
    const response = await rt.request("POST", "/cases", {
      body: { customerId: "NO-SUCH", subject: "x", type: "inquiry" },
    });
    expect(response.status).toBe(422);
    expect(response.contentType).toBe("application/problem+json");
    expect(response.body.type).toBe("https://caseline.dev/problems/unprocessable");
    expect(await rt.quietSnapshot()).toEqual(before);
  });
});

describe("bad input is a 4xx problem+json and writes nothing", () => {
  const cases: [string, { body?: unknown; rawBody?: string; headers?: Record<string, string> }, number, string][] = [
    ["no body", {}, 400, "malformed-request"],
    ["an empty body", { rawBody: "", headers: { "content-type": "application/json" } }, 400, "malformed-request"],
    [
      "malformed JSON",
      { rawBody: '{"kind": "person",', headers: { "content-type": "application/json" } },
      400,
      "malformed-request",
    ],
    ["a JSON array", { body: [1, 2] }, 400, "validation-error"],
    ["a missing required field", { body: { kind: "person" } }, 400, "validation-error"],
    ["an unknown field", { body: { ...customerBody, isAdmin: true } }, 400, "validation-error"],
    ["a bad enum value", { body: { ...customerBody, kind: "robot" } }, 400, "validation-error"],
    ["a phone not in E.164", { body: { ...customerBody, phones: ["555-1234"] } }, 400, "validation-error"],
    [
      "a non-JSON content type",
      { rawBody: "kind=person", headers: { "content-type": "application/x-www-form-urlencoded" } },
      415,
      "unsupported-media-type",
    ],
  ];

  for (const [name, request, status, slug] of cases) {
    it(`POST /customers with ${name} → ${status}`, async () => {
      const before = await rt.quietSnapshot();
      const response = await rt.request("POST", "/customers", request);
      expect(response.status).toBe(status);
      expect(response.contentType).toBe("application/problem+json");
      expect(response.body).toMatchObject({ type: `https://caseline.dev/problems/${slug}`, status });
      expect(await rt.quietSnapshot()).toEqual(before);
    });
  }

  it("names each invalid field", async () => {
    const response = await rt.request("POST", "/cases", { body: { customerId: "", subject: "", type: "nope" } });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      "customerId",
      "subject",
      "type",
    ]);
  });

  it("an unknown id is 404, an unknown route 404, a wrong method 405", async () => {
    expect((await rt.request("GET", "/cases/01ABSENT")).status).toBe(404);
    expect((await rt.request("GET", "/nowhere")).status).toBe(404);
    const wrongMethod = await rt.request("DELETE", "/cases/01ABSENT");
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("GET, PATCH");
  });

  it("an id with characters no id has is 400", async () => {
    const response = await rt.request("GET", "/customers/a%20b");
    expect(response.status).toBe(400);
  });
});

describe("the table is unchanged after refused requests of every kind", () => {
  it("a refused case create for a valid customer but a bad body writes nothing", async () => {
    const before = await rt.quietSnapshot();
    const response = await rt.request("POST", "/cases", {
      body: { customerId, subject: "x", type: "inquiry", priority: "whenever" },
    });
    expect(response.status).toBe(400);
    expect(await rt.quietSnapshot()).toEqual(before);
  });
});
