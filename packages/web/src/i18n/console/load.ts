import { addMessages, type Language } from "../i18n";
import type { ConsoleMessages } from "../messages";

// The console's translations, each its own chunk: only the console (its layout, sign-in and callback pages,
// through `ConsoleMessages`) imports this module, and it fetches a language's dictionary the first time
// that language is shown. The portal's initial JavaScript carries none of them.
const loaders: Record<Exclude<Language, "en">, () => Promise<{ messages: ConsoleMessages }>> = {
  "pt-BR": () => import("./pt-BR"),
  es: () => import("./es"),
  fr: () => import("./fr"),
  hi: () => import("./hi"),
};

const loaded = new Set<Language>(["en"]);
const loading = new Map<Language, Promise<void>>();

/** Whether `language`'s console dictionary is in (or its load failed, leaving that console in English). */
export function consoleMessagesLoaded(language: Language): boolean {
  return loaded.has(language);
}

/** Loads `language`'s console dictionary once; a failed load leaves that language's console in English. */
export function loadConsoleMessages(language: Language): Promise<void> {
  let promise = loading.get(language);
  if (!promise) {
    promise =
      language === "en"
        ? Promise.resolve()
        : loaders[language]()
            .then(({ messages }) => addMessages(language, messages))
            .catch(() => undefined)
            .finally(() => loaded.add(language));
    loading.set(language, promise);
  }
  return promise;
}
