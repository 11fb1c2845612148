import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";
import { fixtures, makeVin } from "../support/vehicles.js";

let rt: TestRuntime;
let f: ReturnType<typeof fixtures>;
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  rt = await startTestRuntime({ caseAckSeconds: 3600 });
  f = fixtures(rt);
  const schedule = {
    effectiveFrom: "2020-01-01",
    currency: "USD",
    fees: [{ code: "title", label: "Title", amountMinor: 7_500 }],
  };
  expect((await rt.request("POST", "/fee-schedules", { body: schedule, roles: ["admin"] })).status).toBe(201);
});
afterAll(async () => {
  await rt?.stop();
});

describe("vehicles by VIN", () => {
  it("registers a vehicle, decodes its VIN and refuses a second registration", async () => {
    const owner = await f.customer("Dora Owner");
    const created = await rt.request("POST", "/vehicles", {
      body: { vin: "1hgcm82633a004352", make: "Honda", model: "Accord", modelYear: 2003, owners: [owner] },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.headers.get("location")).toBe("/vehicles/1HGCM82633A004352");
    expect(created.body).toMatchObject({
      vin: "1HGCM82633A004352",
      standardVin: true,
      decoded: { wmi: "1HG", region: "North America", manufacturer: "Honda (USA)", modelYear: 2003 },
      currentOwners: [{ customerId: owner, role: "owner" }],
    });
    const again = await rt.request("POST", "/vehicles", {
      body: { vin: "1HGCM82633A004352", make: "Honda", model: "Accord", modelYear: 2003 },
    });
    expect(again.status).toBe(409);
  });

  it("takes a pre-1981 short VIN only with its model year, flagged non-standard", async () => {
    const classic = { vin: "124379N123456", make: "Chevrolet", model: "Camaro" };
    expect((await rt.request("POST", "/vehicles", { body: { ...classic, modelYear: 1985 } })).status).toBe(400);
    const created = await rt.request("POST", "/vehicles", { body: { ...classic, modelYear: 1969 } });
    expect(created.status).toBe(201);
    expect(created.body.standardVin).toBe(false);
    expect(created.body.decoded).toBeUndefined();
  });

  it("appends odometer readings with If-Match, refusing one that goes down", async () => {
    const vehicle = await f.vehicle({ odometer: 1_000 });
    const up = await rt.request("PATCH", `/vehicles/${vehicle.vin}`, {
      body: { odometer: { reading: 2_000, unit: "mi" }, colour: "red" },
      headers: { "if-match": '"1"' },
    });
    expect(up.status).toBe(200);
    expect(up.body.odometerReadings.map((r: { reading: number }) => r.reading)).toEqual([1_000, 2_000]);
    const before = await rt.quietSnapshot();
    const down = await rt.request("PATCH", `/vehicles/${vehicle.vin}`, {
      body: { odometer: { reading: 1_500, unit: "mi" } },
      headers: { "if-match": '"2"' },
    });
    expect(down.status).toBe(422);
    const stale = await rt.request("PATCH", `/vehicles/${vehicle.vin}`, {
      body: { colour: "green" },
      headers: { "if-match": '"1"' },
    });
    expect(stale.status).toBe(412);
    expect(await rt.quietSnapshot()).toEqual(before);
  });
});

describe("plate history", () => {
  it("a plate that moved across three vehicles shows all three, each from when to when", async () => {
    const [v1, v2, v3] = await Promise.all([f.vehicle(), f.vehicle(), f.vehicle()]);
    const issued = await f.plate(v1.vin, "us-tx");
    const key = `${issued.jurisdiction}/${issued.number}`;
    expect(issued).toMatchObject({ jurisdiction: "US-TX", status: "assigned", currentVin: v1.vin });
    for (const next of [v2, v3]) {
      const moved = await rt.request("POST", `/plates/${key}/assignment`, { body: { vin: next.vin } });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      expect(moved.body.currentVin).toBe(next.vin);
    }
    const history = (await rt.request("GET", `/plates/${key}/history`)).body;
    expect(history.assignments.map((a: { vin: string }) => a.vin)).toEqual([v1.vin, v2.vin, v3.vin]);
    const [a1, a2, a3] = history.assignments;
    expect(a1.to).toBe(a2.from);
    expect(a2.to).toBe(a3.from);
    expect(a3.to).toBeUndefined();
    expect(Date.parse(a1.from)).toBeLessThan(Date.parse(a2.from));
    expect(Date.parse(a2.from)).toBeLessThan(Date.parse(a3.from));
    // Each vehicle's own history shows its stretch of the plate; only the last carries it now.
    for (const [vehicle, stretch] of [
      [v1, a1],
      [v2, a2],
      [v3, a3],
    ] as const) {
      expect((await rt.request("GET", `/vehicles/${vehicle.vin}/history`)).body.plates).toEqual([stretch]);
    }
    expect((await rt.request("GET", `/vehicles/${v1.vin}`)).body.currentPlates).toEqual([]);
    expect((await rt.request("GET", `/vehicles/${v3.vin}`)).body.currentPlates).toEqual([
      { jurisdiction: "US-TX", number: issued.number, from: a3.from },
    ]);
    // Any spacing or case names the same plate.
    const spaced = `${issued.number.slice(0, 2).toLowerCase()} ${issued.number.slice(2)}`;
    expect((await rt.request("GET", `/plates/us-tx/${encodeURIComponent(spaced)}/history`)).body).toEqual(history);
  });

  it("under concurrency a vehicle gets one plate per jurisdiction, and a plate one vehicle", async () => {
    const vehicle = await f.vehicle();
    const plates = await Promise.all(Array.from({ length: 6 }, () => f.plate(undefined, "BR-SP")));
    const onto = await Promise.all(
      plates.map((plate) =>
        rt.request("POST", `/plates/BR-SP/${plate.number}/assignment`, { body: { vin: vehicle.vin } }),
      ),
    );
    expect(onto.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    expect((await rt.request("GET", `/vehicles/${vehicle.vin}`)).body.currentPlates).toHaveLength(1);
    // Another jurisdiction is another slot.
    expect((await f.plate(vehicle.vin, "US-NY")).currentVin).toBe(vehicle.vin);

    const targets = await Promise.all(Array.from({ length: 6 }, () => f.vehicle()));
    const plate = await f.plate(undefined, "US-FL");
    const racing = await Promise.all(
      targets.map((target) =>
        rt.request("POST", `/plates/US-FL/${plate.number}/assignment`, { body: { vin: target.vin } }),
      ),
    );
    // A plate may move on from one vehicle to the next, but it is never on two at once.
    const moved = racing.filter((r) => r.status === 200).length;
    expect(moved).toBeGreaterThanOrEqual(1);
    expect(racing.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    const history = (await rt.request("GET", `/plates/US-FL/${plate.number}/history`)).body;
    expect(history.assignments).toHaveLength(moved);
    const open = history.assignments.filter((a: { to?: string }) => !a.to);
    expect(open).toHaveLength(1);
    for (const [earlier, later] of history.assignments
      .slice(0, -1)
      .map((a: object, i: number) => [a, history.assignments[i + 1]])) {
      expect(earlier.to).toBe(later.from);
    }
    const carrying = await Promise.all(
      targets.map(async (t) => (await rt.request("GET", `/vehicles/${t.vin}`)).body.currentPlates),
    );
    expect(carrying.flat()).toEqual([expect.objectContaining({ jurisdiction: "US-FL", number: plate.number })]);
    expect(open[0].vin).toBe(history.plate.currentVin);
  });
});

describe("every invalid input is a 4xx and writes nothing", () => {
  it.each([
    ["a wrong check digit", { vin: "1HGCM82643A004352", modelYear: 2003 }, 400],
    ["an I in the VIN", { vin: "1HGCM82633I004352", modelYear: 2003 }, 400],
    ["a model year position 10 cannot mean", { vin: "1HGCM82633A004352", modelYear: 2004 }, 400],
    ["a short VIN without a pre-1981 year", { vin: "ABC123", modelYear: 1999 }, 400],
    ["an owner who is not a customer", { vin: makeVin(2020), modelYear: 2020, owners: ["NO-SUCH"] }, 422],
  ])("POST /vehicles with %s is refused", async (_name, body, status) => {
    const before = await rt.quietSnapshot();
    const response = await rt.request("POST", "/vehicles", { body: { make: "Honda", model: "Civic", ...body } });
    expect(response.status).toBe(status);
    expect(response.contentType).toBe("application/problem+json");
    expect(await rt.quietSnapshot()).toEqual(before);
  });

  it("refuses bad transfers (bad VIN, unknown plate, buyer = seller, ...) before taking a case number", async () => {
    const [seller, buyer] = await Promise.all([f.customer("Eva Seller"), f.customer("Fabio Buyer")]);
    const vehicle = await f.vehicle({ owners: [seller] });
    const plate = await f.plate(vehicle.vin);
    const other = await f.plate(undefined);
    const good = {
      vin: vehicle.vin,
      sellers: [seller],
      buyers: [buyer],
      plateDecision: { kind: "transferred_with_vehicle", plate: { jurisdiction: "US-CA", number: plate.number } },
      saleDate: today(),
      price: { amountMinor: 100_000, currency: "USD" },
    };
    const body = (transfer: Record<string, unknown>, customerId = buyer) => ({
      customerId,
      subject: "Transfer",
      type: "vehicle_transfer",
      transfer: { ...good, ...transfer },
    });
    const attempts: [string, unknown, number][] = [
      ["a bad VIN", body({ vin: `${vehicle.vin.slice(0, 16)}${vehicle.vin[16] === "1" ? "2" : "1"}` }), 400],
      ["a VIN with an O", body({ vin: `O${vehicle.vin.slice(1)}` }), 400],
      ["an unregistered VIN", body({ vin: makeVin(2019) }), 422],
      [
        "an unknown plate",
        body({ plateDecision: { kind: "kept_by_seller", plate: { jurisdiction: "US-CA", number: "NOPE99" } } }),
        422,
      ],
      [
        "a plate on another vehicle",
        body({
          plateDecision: { kind: "transferred_with_vehicle", plate: { jurisdiction: "US-CA", number: other.number } },
        }),
        422,
      ],
      ["the buyer equal to the seller", body({ buyers: [seller] }, seller), 400],
      ["sellers who are not the owners", body({ sellers: [buyer], buyers: [seller] }, seller), 422],
      ["a buyer who is not a customer", body({ buyers: [buyer, "NO-SUCH"] }), 422],
      ["a customer who is not a party", body({}, await f.customer("Gil Bystander")), 422],
      ["a sale in the future", body({ saleDate: "2999-01-01" }), 422],
      ["'exempt' for a vehicle that is not", body({ odometer: { reading: 10, unit: "km", status: "exempt" } }), 422],
      ["no transfer object", { customerId: buyer, subject: "Transfer", type: "vehicle_transfer" }, 400],
      ["a transfer on another case type", { ...body({}), type: "incident" }, 400],
      [
        "a new plate already issued",
        body({ plateDecision: { kind: "new_plate", newPlate: { jurisdiction: "US-CA", number: other.number } } }),
        409,
      ],
    ];
    for (const [name, request, status] of attempts) {
      const before = await rt.quietSnapshot();
      const response = await rt.request("POST", "/cases", { body: request });
      expect(response.status, `${name}: ${JSON.stringify(response.body)}`).toBe(status);
      expect(response.contentType).toBe("application/problem+json");
      expect(await rt.quietSnapshot(), name).toEqual(before);
    }
    expect((await rt.request("POST", "/cases", { body: body({}) })).status).toBe(201);
  });

  it("refuses an unknown plate, a document of another case and other bad changes", async () => {
    const [seller, buyer] = await Promise.all([f.customer("Hana Seller"), f.customer("Ivo Buyer")]);
    const [one, two] = await Promise.all([f.vehicle({ owners: [seller] }), f.vehicle({ owners: [seller] })]);
    const open = async (vin: string) => {
      const plate = await f.plate(vin);
      const created = await rt.request("POST", "/cases", {
        body: {
          customerId: buyer,
          subject: "Transfer",
          type: "vehicle_transfer",
          transfer: {
            vin,
            sellers: [seller],
            buyers: [buyer],
            plateDecision: { kind: "transferred_with_vehicle", plate: { jurisdiction: "US-CA", number: plate.number } },
            saleDate: today(),
            price: { amountMinor: 1, currency: "USD" },
          },
        },
      });
      expect(created.status).toBe(201);
      return created.body.id as string;
    };
    const [first, second] = [await open(one.vin), await open(two.vin)];
    const documentOfSecond = (await rt.request("GET", `/cases/${second}/transfer`)).body.documents[0].id;
    const incident = (
      await rt.request("POST", "/cases", { body: { customerId: buyer, subject: "Other", type: "incident" } })
    ).body.id;
    const attempts: [string, string, string, unknown, number][] = [
      [
        "a document of another case",
        "POST",
        `/cases/${first}/transfer/documents/${documentOfSecond}`,
        { action: "receive" },
        404,
      ],
      [
        "verifying before receiving",
        "POST",
        `/cases/${second}/transfer/documents/${documentOfSecond}`,
        { action: "verify" },
        409,
      ],
      [
        "a transfer action on a generic case",
        "POST",
        `/cases/${incident}/transfer/odometer`,
        { reading: 1, unit: "km", status: "actual" },
        404,
      ],
      ["an unknown lien", "POST", `/cases/${first}/transfer/liens/NOPE/release`, {}, 404],
      [
        "a negative lien",
        "POST",
        `/cases/${first}/transfer/liens`,
        { holder: "B", amount: { amountMinor: -1, currency: "USD" }, recordedOn: today() },
        400,
      ],
      ["an unknown plate", "POST", "/plates/US-CA/NOPE99/assignment", { vin: one.vin }, 404],
      [
        "a plate onto an unregistered vehicle",
        "POST",
        "/plates",
        { jurisdiction: "US-CA", number: "ZZ1", vin: makeVin(2020) },
        422,
      ],
      ["a malformed jurisdiction", "POST", "/plates", { jurisdiction: "California", number: "ZZ2" }, 400],
      ["an unknown vehicle's history", "GET", `/vehicles/${makeVin(2020)}/history`, undefined, 404],
      ["a fee schedule without a currency", "POST", "/fee-schedules", { effectiveFrom: "2020-01-01", fees: [] }, 400],
    ];
    for (const [name, method, path, requestBody, status] of attempts) {
      const before = await rt.quietSnapshot();
      const response = await rt.request(method, path, {
        ...(requestBody === undefined ? {} : { body: requestBody }),
        roles: path === "/fee-schedules" ? ["admin"] : ["agent"],
      });
      expect(response.status, `${name}: ${JSON.stringify(response.body)}`).toBe(status);
      expect(await rt.quietSnapshot(), name).toEqual(before);
    }
  });
});

describe("search and the customer 360 view", () => {
  it("finds a vehicle by its whole VIN or its last 6 or 8, and a plate in any spacing or case", async () => {
    const owner = await f.customer("Joana Owner");
    const vehicle = await f.vehicle({ owners: [owner], modelYear: 2017 });
    const plate = await f.plate(vehicle.vin);
    const find = async (q: string) =>
      (await rt.request("GET", `/search?q=${encodeURIComponent(q)}`)).body.items as {
        type: string;
        id: string;
        matchedBy: string;
      }[];
    expect(await find(vehicle.vin.toLowerCase())).toContainEqual(
      expect.objectContaining({ type: "vehicle", id: vehicle.vin, matchedBy: "vin" }),
    );
    for (const suffix of [vehicle.vin.slice(-6), vehicle.vin.slice(-8)]) {
      expect(await find(suffix), suffix).toContainEqual(
        expect.objectContaining({ type: "vehicle", id: vehicle.vin, matchedBy: "vinSuffix" }),
      );
    }
    const number: string = plate.number;
    for (const typed of [
      number,
      number.toLowerCase(),
      `${number.slice(0, 3)} ${number.slice(3)}`,
      `${number.slice(0, 2)}-${number.slice(2)}`,
    ]) {
      expect(await find(typed), typed).toContainEqual(
        expect.objectContaining({ type: "plate", id: `US-CA/${number}`, matchedBy: "plate" }),
      );
    }
  });

  it("shows a person's vehicles and transfer cases in their 360 view", async () => {
    const [seller, buyer] = await Promise.all([f.customer("Kai Seller"), f.customer("Lia Buyer")]);
    const vehicle = await f.vehicle({ owners: [seller] });
    const plate = await f.plate(vehicle.vin);
    const opened = await rt.request("POST", "/cases", {
      body: {
        customerId: seller,
        subject: "Selling my car",
        type: "vehicle_transfer",
        transfer: {
          vin: vehicle.vin,
          sellers: [seller],
          buyers: [buyer],
          plateDecision: { kind: "kept_by_seller", plate: { jurisdiction: "US-CA", number: plate.number } },
          saleDate: today(),
          price: { amountMinor: 5, currency: "USD" },
        },
      },
    });
    expect(opened.status).toBe(201);
    const view = (await rt.request("GET", `/customers/${seller}/360`)).body;
    expect(view.profile.id).toBe(seller);
    expect(view.vehicles).toEqual([
      expect.objectContaining({ vin: vehicle.vin, role: "owner", vehicleLabel: "2018 Honda Accord" }),
    ]);
    expect(view.openCases).toEqual([
      expect.objectContaining({ id: opened.body.id, type: "vehicle_transfer", status: "submitted" }),
    ]);
  });
});
