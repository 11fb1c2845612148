import { type StackContext, StaticSite, use } from "sst/constructs";
import { Api } from "./Api.js";
import { Auth } from "./Auth.js";

/** The console and self-service portal: a static build in S3 behind CloudFront. */
export function Web({ stack }: StackContext) {
  const { api } = use(Api);
  const { cognito, issuer, signInUrl } = use(Auth);

  // VITE_-prefixed so a Vite build exposes them; SST substitutes the deploy-time values into the build.
  const site = new StaticSite(stack, "Web", {
    path: "packages/web",
    buildCommand: "npm run build",
    buildOutput: "dist",
    errorPage: "redirect_to_index_page",
    environment: {
      VITE_API_URL: api.url,
      VITE_REGION: stack.region,
      VITE_AUTH_ISSUER: issuer,
      VITE_AUTH_CLIENT_ID: cognito.userPoolClientId,
      VITE_AUTH_SIGN_IN_URL: signInUrl,
    },
  });

  stack.addOutputs({ SiteUrl: site.url });

  return { site };
}
