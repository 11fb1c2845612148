import { createServer, type Server } from "node:http";
import { exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Unauthenticated } from "../errors.js";
import { createTokenVerifier, VerifiedTokenCache } from "./verify.js";

let server: Server;
let jwksUri: string;
let privateKey: Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];
let jwksRequests = 0;

beforeAll(async () => {
  const pair = await generateKeyPair("RS256");
  privateKey = pair.privateKey;
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256" };
  server = createServer((_req, res) => {
    jwksRequests++;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  jwksUri = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/jwks.json`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const issuer = "https://issuer.example";
function token(expSeconds: number) {
  return new SignJWT({ "cognito:groups": ["agent"] })
    .setProtectedHeader({ alg: "RS256", kid: "k1" })
    .setIssuer(issuer)
    .setAudience("app")
    .setSubject("u-1")
    .setIssuedAt()
    .setExpirationTime(expSeconds)
    .sign(privateKey);
}

describe("the token verifier's cache of verified tokens", () => {
  it("still refuses a cached token once it has really expired", async () => {
    const verify = createTokenVerifier([{ issuer, audience: "app", jwksUri }]);
    const exp = Math.floor(Date.now() / 1000) + 2;
    const jwt = await token(exp);
    expect(await verify(jwt)).toEqual({ sub: "u-1", roles: ["agent"] });
    expect(await verify(jwt)).toEqual({ sub: "u-1", roles: ["agent"] });
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 50));
    await expect(verify(jwt)).rejects.toThrow(/expired/);
  });

  it("never answers from the cache for a token that differs in any character", async () => {
    const verify = createTokenVerifier([{ issuer, audience: "app", jwksUri }]);
    const jwt = await token(Math.floor(Date.now() / 1000) + 60);
    await verify(jwt);
    await expect(verify(`${jwt.slice(0, -2)}xx`)).rejects.toBeInstanceOf(Unauthenticated);
    expect(jwksRequests).toBeGreaterThan(0);
  });

  it("drops entries at their expiry and the oldest beyond its capacity", () => {
    let now = 1_000;
    const cache = new VerifiedTokenCache(2, () => now);
    const actor = { sub: "u", roles: [] };
    cache.set("a", actor, 5_000);
    cache.set("b", actor, 5_000);
    cache.set("c", actor, 5_000);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("b")).toBe(actor);
    now = 5_000;
    expect(cache.get("b")).toBeUndefined();
    expect(new VerifiedTokenCache(0, () => now).get("x")).toBeUndefined();
  });
});
