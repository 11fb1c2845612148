import { marshall } from "@aws-sdk/util-dynamodb";
import type { DynamoDBStreamEvent } from "aws-lambda";
import { describe, expect, it } from "vitest";
import { outboxEvents } from "./stream.js";

function record(eventName: "INSERT" | "MODIFY" | "REMOVE", item: Record<string, unknown>) {
  return { eventName, dynamodb: { NewImage: marshall(item) as never } };
}

const outboxItem = {
  __edb_e__: "outbox",
  eventId: "E1",
  type: "case.created",
  occurredAt: "2026-11-26T10:00:00.000Z",
  correlationId: "corr",
  detail: { caseId: "C1" },
};

describe("the stream handler's choice of records", () => {
  it("publishes only INSERTed outbox items of known types, in stream order", () => {
    const event = {
      Records: [
        record("INSERT", { __edb_e__: "case", caseId: "C1" }),
        record("INSERT", outboxItem),
        record("MODIFY", { ...outboxItem, eventId: "E-modified" }),
        record("INSERT", { ...outboxItem, eventId: "E-unknown", type: "no.such.event" }),
        record("INSERT", { ...outboxItem, eventId: "E2", type: "customer.created", detail: { customerId: "K" } }),
      ],
    } as DynamoDBStreamEvent;
    expect(outboxEvents(event)).toEqual([
      {
        eventId: "E1",
        type: "case.created",
        occurredAt: "2026-11-26T10:00:00.000Z",
        correlationId: "corr",
        detail: { caseId: "C1" },
      },
      {
        eventId: "E2",
        type: "customer.created",
        occurredAt: "2026-11-26T10:00:00.000Z",
        correlationId: "corr",
        detail: { customerId: "K" },
      },
    ]);
  });
});
