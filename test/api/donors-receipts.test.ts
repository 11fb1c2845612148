import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";

let rt: TestRuntime;
let customerId: string;
beforeAll(async () => {
  rt = await startTestRuntime({
    organization: { name: "Friends of the River", address: "12 Quay Road, Porto", registration: "CH-445566" },
  });
  customerId = (await rt.request("POST", "/customers", { body: { kind: "person", displayName: "Inês Duarte" } })).body
    .id;
});
afterAll(async () => {
  await rt?.stop();
});

const gift = (amountMinor: number, date = "2024-05-01", currency = "USD") => ({
  customerId,
  amount: { amountMinor, currency },
  date,
  method: "card",
});

async function pdfText(path: string) {
  const response = await fetch(rt.url + path, { headers: { authorization: `Bearer ${await rt.token(["viewer"])}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/pdf");
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return text;
}

describe("receipt numbers", () => {
  it("200 concurrent gifts in one year get 200 distinct, gap-free numbers", async () => {
    // All 200 at once: every request contends for the same year's counter (and the same donor's totals).
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => rt.request("POST", "/gifts", { body: gift(100 + i) })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(200).fill(201));
    const numbers = responses.map((r) => r.body.receiptNumber as string).sort();
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => `R-2024-${String(i + 1).padStart(6, "0")}`));
    // The donor's summary counted every one of them exactly once.
    const donor = await rt.request("GET", `/customers/${customerId}/donor`);
    expect(donor.body.giving.giftCount).toBe(200);
    expect(donor.body.giving.lifetime).toEqual([{ amountMinor: 200 * 100 + (199 * 200) / 2, currency: "USD" }]);
  }, 120_000);

  it("numbers restart per year and continue with no gap", async () => {
    const a = await rt.request("POST", "/gifts", { body: gift(500, "2023-12-31") });
    const b = await rt.request("POST", "/gifts", { body: gift(500, "2024-01-01") });
    expect(a.body.receiptNumber).toBe("R-2023-000001");
    expect(b.body.receiptNumber).toBe("R-2024-000201");
  });
});

describe("receipts as documents", () => {
  it("a gift's PDF receipt shows the organization, number, donor and amount; a void one says VOID", async () => {
    const recorded = await rt.request("POST", "/gifts", { body: gift(12_550, "2022-03-04") });
    expect(recorded.status).toBe(201);
    const text = await pdfText(`/receipts/${recorded.body.receiptNumber}`);
    expect(text).toContain("R-2022-000001");
    expect(text).toContain("Inês Duarte");
    expect(text).toContain("USD 125.50");
    expect(text).toContain("Friends of the River");
    expect(text).toContain("CH-445566");
    expect(text).not.toContain("VOID");
    const stored = await rt.app.ports.blobs.get("receipts/2022/R-2022-000001.pdf");
    expect(stored?.length).toBeGreaterThan(0);

    const voided = await rt.request("POST", `/gifts/${recorded.body.id}/void`, {
      roles: ["supervisor"],
      body: { reason: "Card charged back" },
    });
    expect(voided.status).toBe(200);
    expect(await pdfText(`/receipts/${recorded.body.receiptNumber}`)).toContain("VOID");
  });

  it("the annual consolidated receipt lists the year's standing gifts and totals them per currency", async () => {
    await rt.request("POST", "/gifts", { body: gift(1000, "2021-02-01") });
    await rt.request("POST", "/gifts", { body: gift(2000, "2021-06-01") });
    await rt.request("POST", "/gifts", { body: gift(300, "2021-07-01", "EUR") });
    const text = await pdfText(`/customers/${customerId}/donor/receipts/2021`);
    expect(text).toContain("Inês Duarte");
    expect(text).toContain("Gifts received in 2021: 3");
    expect(text).toContain("Total 2021: USD 30.00");
    expect(text).toContain("Total 2021: EUR 3.00");
  });

  it("an unknown receipt number is 404, a malformed one 400", async () => {
    expect((await rt.request("GET", "/receipts/R-1999-000001")).status).toBe(404);
    expect((await rt.request("GET", "/receipts/nonsense")).status).toBe(400);
  });
});
