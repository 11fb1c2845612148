import { describe, expect, it } from "vitest";
import { authorizeUrl, challengeFor, createVerifier, exchangeCode, oidcConfig } from "./oidc";

describe("Cognito sign-in (authorization code + PKCE)", () => {
  const config = oidcConfig(
    { VITE_AUTH_SIGN_IN_URL: "https://caseline.auth.eu-west-1.amazoncognito.com/", VITE_AUTH_CLIENT_ID: "abc" },
    "https://console.example.org",
  )!;

  it("is off without a domain and client id, and comes back to the site's root (the callback the stack allows)", () => {
    expect(oidcConfig({}, "https://x")).toBeNull();
    expect(oidcConfig({ VITE_AUTH_CLIENT_ID: "abc" }, "https://x")).toBeNull();
    expect(config.domain).toBe("https://caseline.auth.eu-west-1.amazoncognito.com");
    expect(config.redirectUri).toBe("https://console.example.org/");
  });

  it("computes the S256 challenge: base64url(SHA-256(verifier)), no padding", async () => {
    expect(await challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r-wW1gFWFOEjXk")).toBe(
      "NPsYzawS-__wqk67X9gyb4dr3JBo3hnlEi5MNyD5jX0",
    );
  });

  it("creates 43-character base64url verifiers", () => {
    const verifier = createVerifier();
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(createVerifier()).not.toBe(verifier);
  });

  it("sends the challenge, the state and the client to the authorize endpoint", async () => {
    const url = new URL(await authorizeUrl(config, "dBjftJeZ4CVP-mB92K27uhbUJU1p1r-wW1gFWFOEjXk", "s-1"));
    expect(url.origin + url.pathname).toBe("https://caseline.auth.eu-west-1.amazoncognito.com/oauth2/authorize");
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: "code",
      client_id: "abc",
      state: "s-1",
      code_challenge: "NPsYzawS-__wqk67X9gyb4dr3JBo3hnlEi5MNyD5jX0",
      code_challenge_method: "S256",
      scope: "openid email profile",
    });
  });

  it("exchanges the code with the verifier and keeps the id token", async () => {
    let sent: URLSearchParams | undefined;
    const fetcher = (async (_url: string, init: RequestInit) => {
      sent = init.body as URLSearchParams;
      return new Response(JSON.stringify({ id_token: "id.token.here", access_token: "a" }), { status: 200 });
    }) as unknown as typeof fetch;
    expect(await exchangeCode(config, "code-1", "verifier-1", fetcher)).toBe("id.token.here");
    expect(sent?.get("code_verifier")).toBe("verifier-1");
    expect(sent?.get("grant_type")).toBe("authorization_code");
    const failing = (async () => new Response("{}", { status: 400 })) as unknown as typeof fetch;
    await expect(exchangeCode(config, "c", "v", failing)).rejects.toThrow(/400/);
  });
});
