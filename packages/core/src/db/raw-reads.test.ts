import { marshall } from "@aws-sdk/util-dynamodb";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStore } from "../entities/store.js";
import { InvalidInput } from "../errors.js";
import { createTableClients } from "./client.js";
import { encodeCursor } from "./cursors.js";
import { customer360Query, getRaw } from "./raw-reads.js";

// The 360 read reuses ElectroDB's parameters with another customer's key: it must send exactly the
// Query ElectroDB would, for any id and page size, or fall out of step with the model silently.
const store = createStore({
  table: "caseline-test",
  client: createTableClients({ endpoint: "http://127.0.0.1:9" }).document,
});

function electroQuery(customerId: string, limit: number) {
  const params = store.collections.customer360({ customerId }).params({ order: "desc", limit }) as {
    ExpressionAttributeValues: Record<string, unknown>;
  };
  return { ...params, ExpressionAttributeValues: marshall(params.ExpressionAttributeValues) };
}

describe("the customer 360 Query", () => {
  it("is the one ElectroDB builds, for any customer id and page size", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Za-z_-]{1,40}$/), fc.integer({ min: 1, max: 100 }), (id, limit) => {
        expect(customer360Query(store, id, { limit })).toEqual(electroQuery(id, limit));
      }),
    );
  });

  it("continues from a cursor of the same customer and refuses any other", () => {
    const own = electroQuery("01JCUSTOMER", 25);
    const partition = (own.ExpressionAttributeValues[":pk"] as { S: string }).S;
    const key = { pk: "$caseline#caseid_x", sk: "$case_1", gsi1pk: partition, gsi1sk: "$customer360#case_1" };
    expect(customer360Query(store, "01JCUSTOMER", { limit: 25, cursor: encodeCursor(key)! }).ExclusiveStartKey).toEqual(
      marshall(key),
    );
    for (const cursor of ["not-base64-json", encodeCursor({ ...key, gsi1pk: "$caseline#customerid_other" })!]) {
      expect(() => customer360Query(store, "01JCUSTOMER", { limit: 25, cursor })).toThrow(InvalidInput);
    }
  });
});

describe("a raw read by id", () => {
  it("sends the GetItem ElectroDB builds, for any id", async () => {
    const { document } = createTableClients({ endpoint: "http://127.0.0.1:9" });
    const sent: Record<string, unknown>[] = [];
    // Answer every request here ("not found"): what matters is what would have gone to the engine.
    document.middlewareStack.add(
      () => async (args) => {
        sent.push(args.input as Record<string, unknown>);
        return { output: { $metadata: {} }, response: {} } as never;
      },
      { step: "initialize", name: "capture" },
    );
    const capturing = createStore({ table: "caseline-test", client: document });
    const entity = {
      name: "case",
      key: (probe: string) => capturing.entities.case.get({ caseId: probe }).params(),
      fallback: async () => null,
    };
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[0-9A-Za-z_-]{1,40}$/), async (id) => {
        sent.length = 0;
        expect(await getRaw(capturing, entity, id)).toBeUndefined();
        const expected = capturing.entities.case.get({ caseId: id }).params() as { Key: Record<string, unknown> };
        expect(sent).toEqual([expect.objectContaining({ TableName: "caseline-test", Key: marshall(expected.Key) })]);
      }),
    );
  });
});
