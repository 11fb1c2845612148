import { createRemoteJWKSet, decodeJwt, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from "jose";
import { z } from "zod";
import type { Actor } from "../context.js";
import { Unauthenticated } from "../errors.js";
import { isRole } from "./roles.js";

/** One entry of the issuer allow-list: Cognito's user pool in AWS, the local issuer on a laptop. */
export const trustedIssuerSchema = z.object({
  issuer: z.string().min(1),
  audience: z.string().min(1),
  /** Defaults to `<issuer>/.well-known/jwks.json`, which is where Cognito serves it. */
  jwksUri: z.string().url().optional(),
});
export type TrustedIssuer = z.infer<typeof trustedIssuerSchema>;

export function parseIssuers(json: string | undefined): TrustedIssuer[] {
  if (!json) return [];
  return z.array(trustedIssuerSchema).parse(JSON.parse(json));
}

export type TokenVerifier = (token: string) => Promise<Actor>;

/**
 * The one verification path for every token: the issuer must be on the allow-list, the signature
 * must verify (RS256 only) against that issuer's JWKS, the token must be current and meant for us.
 */
export function createTokenVerifier(
  issuers: readonly TrustedIssuer[],
  options: { cacheSize?: number; clock?: () => number } = {},
): TokenVerifier {
  const keySets = new Map<string, JWTVerifyGetKey>();
  const verified = new VerifiedTokenCache(options.cacheSize ?? 1000, options.clock ?? Date.now);
  const keysOf = (trusted: TrustedIssuer) => {
    const uri = trusted.jwksUri ?? `${trusted.issuer.replace(/\/$/, "")}/.well-known/jwks.json`;
    let keys = keySets.get(uri);
    if (!keys) {
      keys = createRemoteJWKSet(new URL(uri), { cooldownDuration: 30_000, cacheMaxAge: 600_000 });
      keySets.set(uri, keys);
    }
    return keys;
  };

  return async (token) => {
    const known = verified.get(token);
    if (known) return known;
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      throw new Unauthenticated("The token is not a well-formed JWT");
    }
    const trusted = issuers.find((entry) => entry.issuer === unverified.iss);
    if (!trusted) throw new Unauthenticated("The token's issuer is not trusted");

    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keysOf(trusted), { issuer: trusted.issuer, algorithms: ["RS256"] }));
    } catch (error) {
      throw new Unauthenticated(reasonOf(error), undefined, { cause: error });
    }
    // Cognito ID tokens carry `aud`; its access tokens carry `client_id` instead.
    const audience = payload.token_use === "access" ? payload.client_id : payload.aud;
    const audiences = Array.isArray(audience) ? audience : [audience];
    if (!audiences.includes(trusted.audience)) throw new Unauthenticated("The token is not meant for this API");
    if (!payload.sub) throw new Unauthenticated("The token has no subject");

    const groups = payload["cognito:groups"];
    const claimed = Array.isArray(groups) ? groups.filter(isRole) : [];
    // A customer speaks only for itself: a token that is also staff gets the customer role alone, so
    // no combination of groups lets a customer identity through staff routes.
    const roles = claimed.includes("customer") ? (["customer"] as const) : claimed;
    const name = typeof payload.name === "string" ? payload.name : undefined;
    // Cognito carries custom attributes as `custom:<name>` claims; the local issuer does the same.
    const customerId = typeof payload["custom:customerId"] === "string" ? payload["custom:customerId"] : undefined;
    const actor: Actor = { sub: payload.sub, roles, ...(name ? { name } : {}), ...(customerId ? { customerId } : {}) };
    if (typeof payload.exp === "number") verified.set(token, actor, payload.exp * 1000);
    return actor;
  };
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: string })?.code;
  switch (code) {
    case "ERR_JWT_EXPIRED":
      return "The token has expired";
    case "ERR_JWKS_NO_MATCHING_KEY":
      return "The token was signed with an unknown key";
    case "ERR_JOSE_ALG_NOT_ALLOWED":
      return "The token's signing algorithm is not accepted";
    case "ERR_JWT_CLAIM_VALIDATION_FAILED":
      return "The token's claims are not valid";
    default:
      return "The token's signature is not valid";
  }
}

/**
 * Tokens already verified, until they expire: a client sends the same token with every request, and
 * checking its RS256 signature each time was ~8% of a read's CPU. The key is the whole token, so a
 * token differing in any bit is verified afresh; an entry never outlives the token's own `exp`.
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, { actor: Actor; expiresAt: number }>();

  constructor(
    private readonly capacity: number,
    private readonly clock: () => number,
  ) {}

  get(token: string): Actor | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.clock()) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.actor;
  }

  set(token: string, actor: Actor, expiresAt: number): void {
    if (this.capacity <= 0) return;
    // Oldest first out: a Map iterates in insertion order.
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(token, { actor, expiresAt });
  }
}
