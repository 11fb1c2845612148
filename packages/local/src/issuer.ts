import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { roles as allRoles } from "@caseline/core/identity/roles";
import type { TrustedIssuer } from "@caseline/core/identity/verify";
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from "jose";
import { z } from "zod";

/** The local issuer's identity. Not a URL: its keys are found through the allow-list's jwksUri. */
export const localIssuer = "urn:caseline:local-issuer";
export const localAudience = "caseline-local";
export const jwksPath = "/local/.well-known/jwks.json";

export const tokenRequest = z
  .object({
    sub: z.string().trim().min(1).max(128),
    roles: z.array(z.enum(allRoles)).min(1),
    name: z.string().trim().min(1).max(200).optional(),
    /** For the customer role: which customer the token speaks for (`custom:customerId`). */
    customerId: z.string().trim().min(1).max(64).optional(),
    /** Lifetime in seconds (default one hour, at most a day). */
    expiresIn: z.number().int().positive().max(86_400).default(3600),
  })
  .strict()
  .refine((request) => !request.roles.includes("customer") || request.customerId, {
    message: "a customer token needs the customerId it speaks for",
    path: ["customerId"],
  });
export type TokenRequest = z.input<typeof tokenRequest>;

/**
 * A local stand-in for Cognito: RS256 tokens with the same claim shape (`cognito:groups` for roles),
 * signed by a key kept in the data directory so tokens and restarts agree.
 */
export class LocalIssuer {
  private constructor(
    private readonly privateJwk: JWK & { kid: string },
    readonly publicJwk: JWK & { kid: string },
  ) {}

  static async open(dataDir: string): Promise<LocalIssuer> {
    const dir = join(dataDir, "issuer");
    const file = join(dir, "signing-key.json");
    let privateJwk: JWK & { kid: string };
    try {
      privateJwk = JSON.parse(await readFile(file, "utf8"));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      const { privateKey } = await generateKeyPair("RS256", { extractable: true });
      privateJwk = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: "RS256", use: "sig" };
      await mkdir(dir, { recursive: true });
      await writeFile(file, JSON.stringify(privateJwk), { mode: 0o600, flag: "wx" }).catch(async (writeError) => {
        // Another process created it first: use theirs.
        if ((writeError as NodeJS.ErrnoException).code !== "EEXIST") throw writeError;
        privateJwk = JSON.parse(await readFile(file, "utf8"));
      });
    }
    const { d, p, q, dp, dq, qi, ...publicJwk } = privateJwk;
    return new LocalIssuer(privateJwk, publicJwk as JWK & { kid: string });
  }

  jwks(): { keys: JWK[] } {
    return { keys: [this.publicJwk] };
  }

  trustedIssuer(jwksUri: string): TrustedIssuer {
    return { issuer: localIssuer, audience: localAudience, jwksUri };
  }

  async issue(request: TokenRequest): Promise<{ token: string; expiresAt: string }> {
    const valid = tokenRequest.parse(request);
    const key = await importJWK(this.privateJwk, "RS256");
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({
      "cognito:groups": valid.roles,
      token_use: "id",
      ...(valid.name ? { name: valid.name } : {}),
      ...(valid.customerId ? { "custom:customerId": valid.customerId } : {}),
    })
      .setProtectedHeader({ alg: "RS256", kid: this.privateJwk.kid, typ: "JWT" })
      .setIssuer(localIssuer)
      .setAudience(localAudience)
      .setSubject(valid.sub)
      .setIssuedAt(now)
      .setExpirationTime(now + valid.expiresIn)
      .setJti(randomUUID())
      .sign(key);
    return { token, expiresAt: new Date((now + valid.expiresIn) * 1000).toISOString() };
  }
}
