/**
 * Cognito sign-in: the OAuth 2.0 authorization code flow with PKCE (RFC 7636), configured at build time by
 * the Web stack (stacks/Web.ts): VITE_AUTH_SIGN_IN_URL (the hosted sign-in domain) and VITE_AUTH_CLIENT_ID;
 * optionally VITE_AUTH_REDIRECT_URI (default: the site's root, which stacks/Auth.ts allows as a callback).
 * Without them the console offers the local issuer's sign-in instead.
 */
export interface OidcConfig {
  /** The hosted UI domain, e.g. https://caseline-prod.auth.eu-west-1.amazoncognito.com */
  domain: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
}

export function oidcConfig(env: Record<string, string | undefined>, origin: string): OidcConfig | null {
  const domain = env.VITE_AUTH_SIGN_IN_URL;
  const clientId = env.VITE_AUTH_CLIENT_ID;
  if (!domain || !clientId) return null;
  return {
    domain: domain.replace(/\/+$/, ""),
    clientId,
    redirectUri: env.VITE_AUTH_REDIRECT_URI ?? `${origin}/`,
    scopes: ["openid", "email", "profile"],
  };
}

function base64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** A fresh code verifier: 32 random bytes, base64url (43 characters, within RFC 7636's 43–128). */
export function createVerifier(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return base64Url(random(new Uint8Array(32)));
}

/** The S256 challenge for a verifier. */
export async function challengeFor(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export async function authorizeUrl(config: OidcConfig, verifier: string, state: string): Promise<string> {
  const params = new URLSearchParams({
    response_type: "code",
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    scope: config.scopes.join(" "),
    state,
    code_challenge: await challengeFor(verifier),
    code_challenge_method: "S256",
  });
  return `${config.domain}/oauth2/authorize?${params}`;
}

/** Exchanges the code for tokens; the console uses the id token (it carries cognito:groups). */
export async function exchangeCode(
  config: OidcConfig,
  code: string,
  verifier: string,
  fetcher: typeof fetch = fetch,
): Promise<string> {
  const response = await fetcher(`${config.domain}/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      client_id: config.clientId,
      code,
      redirect_uri: config.redirectUri,
      code_verifier: verifier,
    }),
  });
  if (!response.ok) throw new Error(`The token endpoint answered ${response.status}`);
  const body = (await response.json()) as { id_token?: string };
  if (!body.id_token) throw new Error("The token endpoint sent no id_token");
  return body.id_token;
}

/** Where the PKCE verifier and state wait in the session while the browser is at Cognito. */
export const verifierKey = "caseline.pkce";

/** Starts the authorization-code flow with PKCE: keeps a fresh verifier and state, then leaves for Cognito. */
export async function beginSignIn(config: OidcConfig): Promise<void> {
  const verifier = createVerifier();
  const state = createVerifier();
  sessionStorage.setItem(verifierKey, JSON.stringify({ verifier, state }));
  window.location.assign(await authorizeUrl(config, verifier, state));
}
