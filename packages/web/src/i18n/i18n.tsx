import {
  createContext,
  type ReactNode,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from "react";
import { en, type MessageKey } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { hi } from "./hi";
import type { PortalMessages } from "./messages";
import { ptBR } from "./pt-BR";

export const languages = [
  { code: "en", label: "English" },
  { code: "pt-BR", label: "Português (Brasil)" },
  { code: "es", label: "Español" },
  { code: "fr", label: "Français" },
  { code: "hi", label: "हिन्दी" },
] as const;
export type Language = (typeof languages)[number]["code"];

const dictionaries: Record<Language, Partial<Record<MessageKey, string>> & PortalMessages> = {
  en,
  "pt-BR": ptBR,
  es,
  fr,
  hi,
};

/**
 * Dictionaries loaded later (the console's, see `console/load.ts`): kept out of this module so the portal's
 * initial JavaScript never carries them. Looked up after the language's own dictionary, before English.
 */
const added: Partial<Record<Language, Partial<Record<MessageKey, string>>>> = {};

export function addMessages(language: Language, messages: Partial<Record<MessageKey, string>>): void {
  added[language] = { ...added[language], ...messages };
}

const storageKey = "caseline.language";

/** The stored choice, else the browser's first language we have, else English. */
export function initialLanguage(stored: string | null, preferred: readonly string[]): Language {
  const codes = languages.map((language) => language.code) as string[];
  if (stored && codes.includes(stored)) return stored as Language;
  for (const tag of preferred) {
    const exact = codes.find((code) => code.toLowerCase() === tag.toLowerCase());
    if (exact) return exact as Language;
    const base = codes.find((code) => code.split("-")[0] === tag.split("-")[0]?.toLowerCase());
    if (base) return base as Language;
  }
  return "en";
}

/** Looks a key up in `language` (falling back to English) and fills in `{name}` placeholders. */
export function translate(language: Language, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text = dictionaries[language][key] ?? added[language]?.[key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

interface LanguageContext {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

const Context = createContext<LanguageContext | null>(null);

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() =>
    initialLanguage(localStorage.getItem(storageKey), navigator.languages ?? []),
  );
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(storageKey, next);
    // A transition: while the console loads the new language's dictionary, the page stays as it was.
    startTransition(() => setLanguageState(next));
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo(
    () => ({ language, setLanguage, t: ((key, vars) => translate(language, key, vars)) as Translate }),
    [language, setLanguage],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): LanguageContext {
  const context = useContext(Context);
  if (!context) throw new Error("useI18n outside LanguageProvider");
  return context;
}

/** The translating function of the current language (the console's keys once `ConsoleMessages` loaded them). */
export function useT(): Translate {
  return useI18n().t;
}
