import { type ReactNode, Suspense, use } from "react";
import { Loading } from "../../components/QueryState";
import { useI18n } from "../i18n";
import { consoleMessagesLoaded, loadConsoleMessages } from "./load";

function Loaded({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  if (!consoleMessagesLoaded(language)) use(loadConsoleMessages(language));
  return children;
}

/**
 * Renders `children` once the current language's console dictionary is in: the loading state the first
 * time; on a change of language the page stays as it was until the new dictionary is in (the language
 * changes in a transition). `children` must be elements whose own rendering calls `t()` (not strings
 * translated by the caller), so they translate with the loaded dictionary.
 */
export function ConsoleMessages({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<Loading />}>
      <Loaded>{children}</Loaded>
    </Suspense>
  );
}
