import { roles } from "@caseline/core/identity/roles";
import { RemovalPolicy } from "aws-cdk-lib";
import { AccountRecovery, CfnUserPoolGroup, OAuthScope } from "aws-cdk-lib/aws-cognito";
import { Cognito, type StackContext } from "sst/constructs";
import { physicalName } from "./naming.js";
import { isProductionStage } from "./Storage.js";

/**
 * Where the hosted sign-in may send the console back to. The console's own URL is only known after the Web
 * stack deploys (and Web depends on this stack), so it is passed in: CASELINE_CONSOLE_URLS="https://…,https://…".
 */
function consoleUrls(): string[] {
  const configured = process.env.CASELINE_CONSOLE_URLS?.split(",")
    .map((url) => url.trim())
    .filter(Boolean);
  return configured?.length ? configured : ["http://localhost:5173/"];
}

export function Auth({ stack }: StackContext) {
  const production = isProductionStage(stack.stage);
  const cognito = new Cognito(stack, "Auth", {
    login: ["email"],
    // Handlers verify Cognito JWTs themselves; no identity pool (and no AWS credentials for users).
    identityPoolFederation: false,
    cdk: {
      userPool: {
        userPoolName: physicalName(stack, "users"),
        // Staff and customers are invited by an administrator, who also sets their group (role).
        selfSignUpEnabled: false,
        accountRecovery: AccountRecovery.EMAIL_ONLY,
        removalPolicy: production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      },
      userPoolClient: {
        userPoolClientName: physicalName(stack, "console"),
        // A browser app cannot keep a secret: authorization-code flow with PKCE only.
        generateSecret: false,
        preventUserExistenceErrors: true,
        authFlows: { userSrp: true },
        oAuth: {
          flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
          scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
          callbackUrls: consoleUrls(),
          logoutUrls: consoleUrls(),
        },
      },
    },
  });
  const userPool = cognito.cdk.userPool;

  // The hosted sign-in page; the prefix is global per region, so it carries the account too.
  const domain = userPool.addDomain("HostedSignIn", {
    cognitoDomain: { domainPrefix: `${physicalName(stack)}-${stack.account}`.toLowerCase() },
  });

  // Roles are Cognito groups: the `cognito:groups` claim is what the handlers authorise on.
  for (const role of roles) {
    new CfnUserPoolGroup(stack, `Group-${role}`, {
      userPoolId: userPool.userPoolId,
      groupName: role,
      description: `Caseline role "${role}"`,
    });
  }

  const issuer = `https://cognito-idp.${stack.region}.${stack.urlSuffix}/${userPool.userPoolId}`;
  /** CASELINE_ISSUERS for the HTTP handlers: this pool, with the console client as audience. */
  const issuers = stack.toJsonString([{ issuer, audience: cognito.userPoolClientId }]);

  stack.addOutputs({
    UserPoolId: userPool.userPoolId,
    UserPoolClientId: cognito.userPoolClientId,
    Issuer: issuer,
    SignInDomain: domain.baseUrl(),
  });

  return { cognito, issuer, issuers, signInUrl: domain.baseUrl() };
}
