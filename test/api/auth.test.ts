import { createHmac, createPublicKey } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { localAudience, localIssuer } from "@caseline/local/issuer";
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";

let rt: TestRuntime;
let signingJwk: JWK & { kid: string };

beforeAll(async () => {
  rt = await startTestRuntime();
  signingJwk = JSON.parse(await readFile(join(rt.runtime.dataDir, "issuer", "signing-key.json"), "utf8"));
});
afterAll(async () => {
  await rt?.stop();
});

const now = () => Math.floor(Date.now() / 1000);

/** A token signed with the local issuer's real key, with claims and header as the test says. */
async function signed(
  claims: Record<string, unknown> = {},
  options: { iss?: string; aud?: string; exp?: number; kid?: string; key?: JWK } = {},
) {
  const key = await importJWK(options.key ?? signingJwk, "RS256");
  return new SignJWT({ "cognito:groups": ["agent"], ...claims })
    .setProtectedHeader({ alg: "RS256", kid: options.kid ?? signingJwk.kid })
    .setIssuer(options.iss ?? localIssuer)
    .setAudience(options.aud ?? localAudience)
    .setSubject("u-auth")
    .setIssuedAt(now() - 60)
    .setExpirationTime(options.exp ?? now() + 600)
    .sign(key);
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

async function call(token: string | undefined, path = "/cases/01ANY") {
  return rt.request("GET", path, {
    roles: null,
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });
}

describe("authentication", () => {
  it("accepts a current token from a trusted issuer (the request reaches the handler)", async () => {
    const response = await call(await signed());
    expect(response.status).toBe(404);
    expect(response.body.type).toBe("https://caseline.dev/problems/not-found");
  });

  const refused: [string, () => Promise<string | undefined>][] = [
    ["no token at all", async () => undefined],
    ["a token that is not a JWT", async () => "not-a-jwt"],
    ["an expired token", () => signed({}, { exp: now() - 120 })],
    ["a token from an issuer not on the allow-list", () => signed({}, { iss: "https://evil.example.com" })],
    ["a token for another audience", () => signed({}, { aud: "some-other-app" })],
    [
      "an unsigned token (alg: none)",
      async () =>
        `${b64({ alg: "none", typ: "JWT" })}.${b64({ iss: localIssuer, aud: localAudience, sub: "u", exp: now() + 600, "cognito:groups": ["admin"] })}.`,
    ],
    [
      "a token signed with a key the issuer never published (unknown kid)",
      async () => {
        const { privateKey } = await generateKeyPair("RS256", { extractable: true });
        return signed({}, { key: await exportJWK(privateKey), kid: "unknown-kid" });
      },
    ],
    [
      "a token signed with a different key under the issuer's own kid",
      async () => {
        const { privateKey } = await generateKeyPair("RS256", { extractable: true });
        return signed({}, { key: await exportJWK(privateKey) });
      },
    ],
    [
      "an HS256 token whose HMAC secret is the issuer's public key",
      async () => {
        const { d, p, q, dp, dq, qi, ...publicJwk } = signingJwk;
        const pem = createPublicKey({ key: publicJwk as never, format: "jwk" }).export({ type: "spki", format: "pem" });
        const header = b64({ alg: "HS256", typ: "JWT", kid: signingJwk.kid });
        const payload = b64({
          iss: localIssuer,
          aud: localAudience,
          sub: "u",
          exp: now() + 600,
          "cognito:groups": ["admin"],
        });
        const signature = createHmac("sha256", pem).update(`${header}.${payload}`).digest("base64url");
        return `${header}.${payload}.${signature}`;
      },
    ],
    [
      "a valid token with its payload altered",
      async () => {
        const [header, , signature] = (await signed()).split(".");
        const payload = b64({
          iss: localIssuer,
          aud: localAudience,
          sub: "u",
          exp: now() + 600,
          "cognito:groups": ["admin"],
        });
        return `${header}.${payload}.${signature}`;
      },
    ],
  ];

  for (const [name, token] of refused) {
    it(`answers 401 problem+json to ${name}`, async () => {
      const response = await call(await token());
      expect(response.status).toBe(401);
      expect(response.contentType).toBe("application/problem+json");
      expect(response.body).toMatchObject({ type: "https://caseline.dev/problems/unauthenticated", status: 401 });
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    });
  }

  it("refuses a malformed Authorization header", async () => {
    const response = await rt.request("GET", "/cases/01ANY", { roles: null, headers: { authorization: "Basic dTpw" } });
    expect(response.status).toBe(401);
  });
});

describe("authorization by role", () => {
  it("a viewer may read but not create", async () => {
    const response = await rt.request("POST", "/customers", {
      roles: ["viewer"],
      body: { kind: "person", displayName: "A" },
    });
    expect(response.status).toBe(403);
    expect(response.body.type).toBe("https://caseline.dev/problems/forbidden");
  });

  it("a token with no known role is refused everything but public routes", async () => {
    const token = await signed({ "cognito:groups": ["not-a-role"] });
    expect((await call(token)).status).toBe(403);
    expect((await rt.request("GET", "/health", { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it("only an admin may start an export", async () => {
    for (const role of ["agent", "supervisor", "viewer", "customer"]) {
      expect((await rt.request("POST", "/admin/exports", { roles: [role] })).status).toBe(403);
    }
  });
});

describe("the local issuer", () => {
  it("POST /local/token issues a token the API accepts, with the roles asked for", async () => {
    const issued = await rt.request("POST", "/local/token", {
      roles: null,
      body: { sub: "u-9", roles: ["supervisor"], name: "Sam" },
    });
    expect(issued.status).toBe(200);
    const claims = JSON.parse(Buffer.from(issued.body.token.split(".")[1], "base64url").toString());
    expect(claims).toMatchObject({
      sub: "u-9",
      "cognito:groups": ["supervisor"],
      name: "Sam",
      iss: localIssuer,
      aud: localAudience,
    });
    const response = await call(issued.body.token);
    expect(response.status).toBe(404);
  });

  it("POST /local/token refuses unknown roles and malformed bodies", async () => {
    const badRole = await rt.request("POST", "/local/token", { roles: null, body: { sub: "u", roles: ["root"] } });
    expect(badRole.status).toBe(400);
    const badJson = await rt.request("POST", "/local/token", {
      roles: null,
      rawBody: "{",
      headers: { "content-type": "application/json" },
    });
    expect(badJson.status).toBe(400);
  });

  it("serves only public key material in its JWKS", async () => {
    const jwks = await rt.request("GET", "/local/.well-known/jwks.json", { roles: null });
    expect(jwks.body.keys).toHaveLength(1);
    expect(jwks.body.keys[0]).toMatchObject({ kty: "RSA", kid: signingJwk.kid, alg: "RS256" });
    expect(jwks.body.keys[0].d).toBeUndefined();
  });
});

describe("the customer role is exclusive", () => {
  it("a token in both the customer and a staff group is treated as a customer only", async () => {
    const token = await signed({ "cognito:groups": ["customer", "admin"], "custom:customerId": "C-1" });
    const staffRoute = await call(token, "/cases/01ANY");
    expect(staffRoute.status).toBe(403);
    const portal = await rt.request("GET", "/portal/cases", {
      roles: null,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(portal.status).toBe(200);
  });
});
