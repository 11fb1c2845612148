import type { Browser } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestRuntime } from "../../support/runtime.js";
import { type TestPage as Page, type Suite, TestPage } from "../support.js";

const phone = { width: 390, height: 844 };

// The self-service portal at phone width, in two of its languages, from sign-in to a new request.
export function portalFlows(suite: Suite) {
  describe("the self-service portal", () => {
    let rt: TestRuntime;
    let browser: Browser;
    let customerId: string;

    beforeAll(async () => {
      ({ rt, browser } = suite);
      const customer = await rt.request("POST", "/customers", {
        body: { kind: "person", displayName: "Joana Prado", emails: [{ address: "joana.prado@example.org" }] },
      });
      customerId = customer.body.id;
    }, 240_000);

    async function fitsThePhone(page: Page) {
      const overflow = await page.page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth",
      );
      expect(overflow, "no horizontal scrolling at phone width").toBeLessThanOrEqual(0);
    }

    it("in Brazilian Portuguese: switch language, sign in, send a request and a reply", async () => {
      const page = await TestPage.open(browser, rt.url, { viewport: phone });
      const p = page.page;
      try {
        await p.goto("/self-service");
        await p.waitForURL("**/self-service/signin");
        await p.getByRole("heading", { name: "Sign in to your account" }).waitFor();
        await p.getByLabel("Language").selectOption("pt-BR");
        await p.getByRole("heading", { name: "Entre na sua conta" }).waitFor();
        expect(await p.getAttribute("html", "lang")).toBe("pt-BR");
        await page.check("portal-pt-BR-sign-in");

        await p.getByLabel("Número de cliente").fill(customerId);
        await p.getByRole("button", { name: "Entrar" }).click();
        await p.getByRole("heading", { name: "Minhas solicitações" }).waitFor();
        await p.getByText("Você ainda não tem solicitações.").waitFor();
        await p.getByRole("link", { name: "Nova solicitação" }).click();
        await p.getByLabel("Do que se trata?").selectOption("inquiry");
        await p.getByLabel("Assunto").fill("Segunda via do boleto");
        await p.getByLabel("Descreva sua solicitação").fill("Preciso da segunda via do boleto de novembro.");
        await page.check("portal-pt-BR-new");
        await p.getByRole("button", { name: "Enviar solicitação" }).click();
        await p
          .getByTestId("portal-sent")
          .filter({ hasText: /Recebemos sua solicitação CL-\d+/ })
          .waitFor();
        await p.getByText("Nova", { exact: true }).waitFor();

        await p.getByLabel("Sua resposta").fill("Pode enviar para o meu e-mail, por favor.");
        await p.getByRole("button", { name: "Enviar resposta" }).click();
        await p.getByTestId("portal-messages").getByText("Pode enviar para o meu e-mail").waitFor();
        await fitsThePhone(page);
        await page.check("portal-pt-BR-case");

        await p.getByRole("link", { name: "Portal do cliente" }).click();
        await p.getByTestId("portal-cases").getByText("Segunda via do boleto").waitFor();
        await fitsThePhone(page);
        await page.check("portal-pt-BR-list");
      } finally {
        await page.close();
      }
      const cases = await rt.request("GET", `/cases?customerId=${customerId}`);
      expect(cases.body.items).toHaveLength(1);
      expect(cases.body.items[0]).toMatchObject({
        subject: "Segunda via do boleto",
        channel: "portal",
        type: "inquiry",
      });
    });

    it("in Hindi, chosen from the browser's language: sign in, see the first request, send another", async () => {
      const page = await TestPage.open(browser, rt.url, { viewport: phone, locale: "hi-IN" });
      const p = page.page;
      try {
        await p.goto("/self-service");
        await p.getByRole("heading", { name: "अपने खाते में साइन इन करें" }).waitFor();
        expect(await p.getAttribute("html", "lang")).toBe("hi");
        await p.getByLabel("ग्राहक संख्या").fill(customerId);
        await p.getByRole("button", { name: "साइन इन" }).click();
        await p.getByRole("heading", { name: "मेरे अनुरोध" }).waitFor();
        await p.getByTestId("portal-cases").getByText("Segunda via do boleto").waitFor();
        await p.getByTestId("portal-cases").getByText("नया", { exact: true }).waitFor();
        await fitsThePhone(page);
        await page.check("portal-hi-list");

        await p.getByRole("link", { name: "नया अनुरोध" }).click();
        await p.getByLabel("विषय").fill("पता बदलना है");
        await p.getByLabel("अपने अनुरोध का विवरण दें").fill("कृपया मेरा नया पता दर्ज करें।");
        await p.getByRole("button", { name: "अनुरोध भेजें" }).click();
        await p
          .getByTestId("portal-sent")
          .filter({ hasText: /आपका अनुरोध CL-\d+ प्राप्त हो गया है/ })
          .waitFor();
        await fitsThePhone(page);
        await page.check("portal-hi-case");
      } finally {
        await page.close();
      }
      const cases = await rt.request("GET", `/cases?customerId=${customerId}`);
      expect(cases.body.items.map((item: { subject: string }) => item.subject).sort()).toEqual([
        "Segunda via do boleto",
        "पता बदलना है",
      ]);
    });
  });
}
