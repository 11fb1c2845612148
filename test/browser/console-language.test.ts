import { describe, expect, it } from "vitest";
import { browserSuite, TestPage } from "./support.js";

// The console in the agent's language: the switcher in its header (the portal's stored choice), the
// translations loaded on demand, the browser's language by default, English otherwise.
const suite = browserSuite();

describe("the console's language", () => {
  it("an agent signs in, switches the console to Português (Brasil), and it stays so", async () => {
    const page = await TestPage.open(suite.browser, suite.rt.url);
    try {
      const { page: p } = page;
      await p.goto("/signin");
      await p.getByRole("heading", { name: "Sign in to Caseline" }).waitFor();
      await p.getByLabel("User id").fill("u-agent-br");
      await p.getByLabel("Name").fill("Ana Agente");
      await p.getByLabel("Role").selectOption("agent");
      await p.getByRole("button", { name: "Sign in" }).click();
      await p.waitForURL("**/console");
      await p.getByRole("heading", { name: "Welcome, Ana Agente" }).waitFor();
      expect(await p.evaluate("document.documentElement.lang")).toBe("en");
      const navigation = p.getByRole("navigation", { name: "Console" });
      expect(await navigation.getByRole("link", { name: "My work" }).count()).toBe(1);

      // The header's switcher: a labelled select, the same stored choice as the portal's.
      await p.getByRole("banner").getByLabel("Language").selectOption({ label: "Português (Brasil)" });
      await p.getByRole("heading", { name: "Bem-vindo(a), Ana Agente" }).waitFor();
      expect(await p.evaluate("document.documentElement.lang")).toBe("pt-BR");
      expect(await p.evaluate(`localStorage.getItem("caseline.language")`)).toBe("pt-BR");
      for (const link of ["Pesquisa", "Meu trabalho", "Novo caso"]) {
        expect(await navigation.getByRole("link", { name: link }).count(), link).toBe(1);
      }
      expect(await navigation.getByRole("link", { name: "My work" }).count()).toBe(0);
      expect(await p.getByRole("button", { name: "Sair" }).count()).toBe(1);
      await page.check("console-language-pt-BR-home");

      await navigation.getByRole("link", { name: "Meu trabalho" }).click();
      await p.getByRole("heading", { name: "Meu trabalho", level: 1 }).waitFor();
      await p.getByRole("tab", { name: "Minha fila" }).waitFor();

      // Read again from the start: the stored choice, the dictionary loaded before anything shows.
      await p.reload();
      await p.getByRole("heading", { name: "Meu trabalho", level: 1 }).waitFor();
      expect(await p.getByText("My work").count()).toBe(0);
      await page.check("console-language-pt-BR-work");

      // And back to English.
      await p.getByRole("banner").getByLabel("Idioma").selectOption("en");
      await p.getByRole("heading", { name: "My work", level: 1 }).waitFor();
      expect(await p.evaluate("document.documentElement.lang")).toBe("en");
    } finally {
      await page.close();
    }
  });

  it("follows the browser's language from the sign-in page on (French here)", async () => {
    const page = await TestPage.open(suite.browser, suite.rt.url, { locale: "fr-FR" });
    try {
      const { page: p } = page;
      await p.goto("/signin");
      await p.getByRole("heading", { name: "Se connecter à Caseline" }).waitFor();
      expect(await p.evaluate("document.documentElement.lang")).toBe("fr");
      await page.check("console-language-fr-sign-in");
      await p.getByLabel("Identifiant utilisateur").fill("u-supervisor-fr");
      await p.getByLabel("Rôle").selectOption("supervisor");
      await p.getByRole("button", { name: "Se connecter" }).click();
      await p.waitForURL("**/console");
      const navigation = p.getByRole("navigation", { name: "Console" });
      await navigation.getByRole("link", { name: "Tableau des files" }).click();
      await p.getByRole("heading", { name: "Tableau des files", level: 1 }).waitFor();
      await page.check("console-language-fr-board");
    } finally {
      await page.close();
    }
  });

  it("on a phone the switcher sits under the navigation, behind the menu", async () => {
    const token = await suite.rt.token(["agent"], "u-agent-mx");
    const phone = { width: 390, height: 800 };
    const page = await TestPage.open(suite.browser, suite.rt.url, { token, viewport: phone, locale: "es-MX" });
    try {
      const { page: p } = page;
      await p.goto("/console/work");
      await p.getByRole("heading", { name: "Mi trabajo", level: 1 }).waitFor();
      await p.getByRole("button", { name: "Menú" }).click();
      await p.getByRole("navigation", { name: "Console" }).getByLabel("Idioma").selectOption("fr");
      await p.getByRole("heading", { name: "Mon travail", level: 1 }).waitFor();
      await page.check("console-language-phone-fr");
    } finally {
      await page.close();
    }
  });
});
