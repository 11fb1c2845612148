import { Alert, Center } from "@mantine/core";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { Loading } from "../components/QueryState";
import { ConsoleMessages } from "../i18n/console/ConsoleMessages";
import { useT } from "../i18n/i18n";
import { exchangeCode, oidcConfig, verifierKey } from "./oidc";
import { isCustomer, signIn } from "./session";

/** Where Cognito sends the browser back: checks the state, exchanges the code, keeps the id token. */
export function CallbackPage() {
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    const config = oidcConfig(import.meta.env, window.location.origin);
    const params = new URLSearchParams(window.location.search);
    const saved = JSON.parse(sessionStorage.getItem(verifierKey) ?? "null") as {
      verifier: string;
      state: string;
    } | null;
    sessionStorage.removeItem(verifierKey);
    const code = params.get("code");
    if (!config || !saved || !code || params.get("state") !== saved.state) {
      setFailure(params.get("error_description") ?? "invalid state");
      return;
    }
    exchangeCode(config, code, saved.verifier)
      .then((token) => {
        const session = signIn(token);
        navigate(isCustomer(session.claims) ? "/self-service" : "/console", { replace: true });
      })
      .catch((error: Error) => setFailure(error.message));
  }, [navigate]);
  return (
    <Center mih="100vh" p="md" component="main">
      {failure ? (
        <ConsoleMessages>
          <CallbackFailure reason={failure} />
        </ConsoleMessages>
      ) : (
        <Loading />
      )}
    </Center>
  );
}

function CallbackFailure({ reason }: { reason: string }) {
  const t = useT();
  return (
    <Alert color="red" role="alert">
      {t("signin.callbackFailed", { reason })}
    </Alert>
  );
}
