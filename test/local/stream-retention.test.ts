import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { createTableClients } from "@caseline/core/db/client";
import type { DomainEvent } from "@caseline/core/events/domain-events";
import { startEngine } from "@caseline/local/engine";
import { EngineDatabase, engineStreamQueries, streamIndexName } from "@caseline/local/engine-database";
import { ensureTable } from "@caseline/local/table-setup";
import { afterEach, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime, tempDataDir } from "../support/runtime.js";

const hour = 3_600_000;
const table = "caseline-local";
const shard = `shardId-00000001-${table}`;

let rt: TestRuntime | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await rt?.stop({ keepData: true });
  rt = undefined;
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function freshDir() {
  const dir = await tempDataDir();
  dirs.push(dir);
  return dir;
}

/** Every domain event the runtime's stream handler publishes, by id, counted. */
function recordPublished(runtime: TestRuntime) {
  const seen = new Map<string, number>();
  const bus = runtime.runtime.bus;
  const publish = bus.publish.bind(bus);
  bus.publish = async (events: readonly DomainEvent[]) => {
    for (const event of events) seen.set(event.eventId, (seen.get(event.eventId) ?? 0) + 1);
    return publish(events);
  };
  return seen;
}

async function createCustomers(runtime: TestRuntime, count: number, prefix: string) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const response = await runtime.request("POST", "/customers", {
      body: { kind: "person", displayName: `${prefix} ${i}` },
    });
    expect(response.status).toBe(201);
    ids.push(response.body.id);
  }
  return ids;
}

function withDatabase<T>(dataDir: string, use: (db: EngineDatabase) => T): T {
  const db = EngineDatabase.open(join(dataDir, "caseline.db"));
  try {
    return use(db);
  } finally {
    db.close();
  }
}

describe("the engine's change-stream index", () => {
  it("exists after start on a new data directory, and both of the engine's stream queries use it", async () => {
    rt = await startTestRuntime({ dataDir: await freshDir(), background: false });
    withDatabase(rt.runtime.dataDir, (db) => {
      expect(db.hasStreamIndex()).toBe(true);
      expect(db.autoVacuum()).toBe(2);
      const next = db.queryPlan(engineStreamQueries.nextSequenceNumber, table).join(" | ");
      const read = db.queryPlan(engineStreamQueries.getRecords, table, shard, 0, 100).join(" | ");
      for (const plan of [next, read]) {
        expect(plan).toContain(streamIndexName);
        expect(plan).not.toMatch(/SCAN _stream_records(?! USING)/);
      }
      expect(read).not.toContain("TEMP B-TREE");
    });
  });

  it("is added to a data directory made before it, whose data stays as it was", async () => {
    // A data directory as an older Caseline left it: the engine's own file, no index, no incremental vacuum.
    const dataDir = await freshDir();
    const engine = await startEngine(join(dataDir, "caseline.db"));
    const { raw } = createTableClients({ endpoint: engine.endpoint, region: "us-east-1" });
    await ensureTable(raw, table);
    raw.destroy();
    await engine.stop();
    withDatabase(dataDir, (db) => {
      expect(db.hasStreamIndex()).toBe(false);
      expect(db.autoVacuum()).toBe(0);
    });

    rt = await startTestRuntime({ dataDir, background: false });
    const [id] = await createCustomers(rt, 1, "Old directory");
    expect((await rt.request("GET", `/customers/${id}`)).status).toBe(200);
    withDatabase(dataDir, (db) => {
      expect(db.hasStreamIndex()).toBe(true);
      expect(db.autoVacuum()).toBe(2);
      expect(db.integrityCheck()).toBe("ok");
    });
  });
});

describe("stream retention", () => {
  it("never drops a record the poller has not delivered, however old: a restart delivers each exactly once", async () => {
    const dataDir = await freshDir();
    let now = Date.now();
    const clock = () => new Date(now);
    rt = await startTestRuntime({ dataDir, background: false, streamRetention: { clock } });
    const first = recordPublished(rt);
    await createCustomers(rt, 5, "Delivered");
    await rt.runtime.settle();
    const delivered = Number(rt.runtime.streamPoller.delivered()[shard]);
    expect(delivered).toBeGreaterThan(0);
    // Written while the poller is stopped: not delivered.
    await createCustomers(rt, 5, "Undelivered");
    const before = withDatabase(dataDir, (db) => db.streamRecordCount(table));

    // A day and a half later everything is past retention, but only what was delivered may go.
    now += 36 * hour;
    const pass = await rt.runtime.streamRetention?.run();
    const after = withDatabase(dataDir, (db) => db.streamRecordCount(table));
    expect(pass?.deleted).toBe(delivered);
    expect(after).toBe(before - delivered);
    await rt.stop({ keepData: true });

    // A week later the runtime starts again and trims first: the undelivered records are still there.
    now += 7 * 24 * hour;
    rt = await startTestRuntime({ dataDir, background: false, streamRetention: { clock } });
    expect((await rt.runtime.streamRetention?.run())?.deleted).toBe(0);
    const second = recordPublished(rt);
    await rt.runtime.settle();
    const created = (seen: Map<string, number>) => [...seen.values()];
    expect(first.size).toBeGreaterThanOrEqual(5);
    expect(second.size).toBeGreaterThanOrEqual(5);
    for (const id of second.keys()) expect(first.has(id)).toBe(false);
    expect(created(first).every((times) => times === 1)).toBe(true);
    expect(created(second).every((times) => times === 1)).toBe(true);

    // Everything delivered and old now goes, but for the newest record: numbering goes on from it.
    now += 36 * hour;
    await rt.runtime.streamRetention?.run();
    expect(withDatabase(dataDir, (db) => db.streamRecordCount(table))).toBe(1);
    const third = recordPublished(rt);
    await createCustomers(rt, 1, "After the trim");
    await rt.runtime.settle();
    expect(third.size).toBeGreaterThanOrEqual(1);
    expect(Number(rt.runtime.streamPoller.delivered()[shard])).toBeGreaterThan(delivered);
  });

  it("loses nothing when it trims while the gateway takes writes", async () => {
    const dataDir = await freshDir();
    // Every delivered record counts as old, and the trim runs every 20 ms.
    rt = await startTestRuntime({
      dataDir,
      streamRetention: { clock: () => new Date(Date.now() + 48 * hour), intervalMs: 20 },
    });
    const published = recordPublished(rt);
    const created = await Promise.all(
      Array.from({ length: 8 }, (_, worker) => createCustomers(rt as TestRuntime, 25, `Writer ${worker}`)),
    );
    const ids = created.flat();
    await rt.runtime.settle();
    const customerEvents = await customerCreatedIds(rt, published);
    expect(customerEvents.sort()).toEqual([...ids].sort());
    for (const times of published.values()) expect(times).toBe(1);
    for (const id of ids.slice(0, 20)) expect((await rt.request("GET", `/customers/${id}`)).status).toBe(200);
    withDatabase(dataDir, (db) => {
      expect(db.integrityCheck()).toBe("ok");
      // The trims kept up: what is left is what arrived since the last one.
      expect(db.streamRecordCount(table)).toBeLessThan(ids.length);
    });
    expect(existsSync(join(dataDir, "caseline.db-wal"))).toBe(true);
  });
});

/** The customer ids of the `customer.created` events the bus was handed. */
async function customerCreatedIds(runtime: TestRuntime, published: Map<string, number>): Promise<string[]> {
  const { data } = await runtime.app.store.entities.outbox.scan.go({ pages: "all" });
  return data
    .filter((event) => event.type === "customer.created" && published.has(event.eventId))
    .map((event) => (event.detail as { customerId: string }).customerId);
}
