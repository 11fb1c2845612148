/**
 * Reads on the API's busiest paths (the customer 360, search, a case by id) without ElectroDB's response
 * formatting or the document client in the way.
 *
 * ElectroDB still defines the Query: its parameters are built once per page size and reused with the
 * customer's partition key. The Query goes through the low-level client, and each item is turned into
 * plain values with util-dynamodb's `unmarshall`. Measured per 25-item page on the local engine: ElectroDB
 * spent about 0.55 ms building parameters and the document client about 0.6 ms walking the items, on top
 * of about 2.4 ms for the Query itself. Our entities map attributes to fields one to one, and the views
 * pick the attributes they show, so the items can be grouped by their entity marker and handed to the
 * views as they are.
 */
import {
  type AttributeValue,
  GetItemCommand,
  type GetItemCommandInput,
  QueryCommand,
  type QueryCommandInput,
} from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { clientOf, type Store } from "../entities/store.js";
import { decodeCursor } from "./cursors.js";

export interface RawPage {
  readonly Items: Record<string, unknown>[];
  readonly LastEvaluatedKey?: Record<string, unknown>;
}

/** The page's items by ElectroDB entity name (`__edb_e__`), in the order read. */
export function byEntity(page: RawPage): Map<string, Record<string, unknown>[]> {
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const item of page.Items) {
    const entity = item.__edb_e__;
    if (typeof entity !== "string") continue;
    const group = groups.get(entity);
    if (group) group.push(item);
    else groups.set(entity, [item]);
  }
  return groups;
}

interface Template {
  readonly input: QueryCommandInput;
  readonly index: string;
  /** The partition key up to the customer id. */
  readonly prefix: string;
}

const probeId = "Probe";

/**
 * The part of a partition key ElectroDB built for the probe id that comes before the id, or null when the
 * key is not `<prefix><id lower-cased>` (a future ElectroDB, a changed model): then callers ask ElectroDB
 * every time, as tests also check the two agree.
 */
function prefixBeforeProbe(partition: unknown): string | null {
  return typeof partition === "string" && partition.endsWith(probeId.toLowerCase())
    ? partition.slice(0, partition.length - probeId.length)
    : null;
}

/** `build(key)` once per store and key. */
function memo<K, V>(caches: WeakMap<Store, Map<K, V>>, store: Store, key: K, build: () => V): V {
  const cache = caches.get(store) ?? new Map<K, V>();
  caches.set(store, cache);
  if (!cache.has(key)) cache.set(key, build());
  return cache.get(key) as V;
}

const templates = new WeakMap<Store, Map<number, Template | null>>();

/** The 360 Query's parameters for `limit`, built by ElectroDB once with the probe id. */
function templateFor(store: Store, limit: number): Template | null {
  return memo(templates, store, limit, () => {
    const params = store.collections.customer360({ customerId: probeId }).params({ order: "desc", limit }) as {
      IndexName: string;
      ExpressionAttributeValues: Record<string, unknown>;
    };
    const prefix = prefixBeforeProbe(params.ExpressionAttributeValues[":pk"]);
    return prefix === null ? null : { index: params.IndexName, prefix, input: lowLevelQuery(params) };
  });
}

/** The Query ElectroDB would send for one page of a customer's 360 collection (newest first). */
export function customer360Query(
  store: Store,
  customerId: string,
  page: { cursor?: string | undefined; limit: number },
): QueryCommandInput {
  const template = templateFor(store, page.limit);
  if (!template) {
    const params = store.collections.customer360({ customerId }).params({ order: "desc", limit: page.limit }) as {
      IndexName: string;
      ExpressionAttributeValues: Record<string, unknown>;
    };
    const start = page.cursor
      ? decodeCursor(page.cursor, params.IndexName, String(params.ExpressionAttributeValues[":pk"]))
      : undefined;
    return { ...lowLevelQuery(params), ...(start ? { ExclusiveStartKey: marshall(start) } : {}) };
  }
  const partition = template.prefix + customerId.toLowerCase();
  const start = page.cursor ? decodeCursor(page.cursor, template.index, partition) : undefined;
  return {
    ...template.input,
    ExpressionAttributeValues: { ...template.input.ExpressionAttributeValues, ":pk": { S: partition } },
    ...(start ? { ExclusiveStartKey: marshall(start) } : {}),
  };
}

interface KeyTemplate {
  readonly input: GetItemCommandInput;
  readonly entity: string;
  /** The partition key up to the id. */
  readonly prefix: string;
}

const keyTemplates = new WeakMap<Store, Map<string, KeyTemplate | null>>();

/**
 * One item by its id, read raw: ElectroDB builds the GetItem once (with a probe id) and the id is swapped
 * into its partition key; an item of another entity under that key is not found. `key` returns
 * ElectroDB's params (`store.entities.x.get({ id: probe }).params()`); when its key does not have the
 * expected shape, ElectroDB's own `get` is used instead (`fallback`).
 */
export async function getRaw(
  store: Store,
  entity: { name: string; key: (probe: string) => object; fallback: (id: string) => Promise<object | null> },
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const template = memo(keyTemplates, store, entity.name, () => {
    const params = entity.key(probeId) as { Key?: { pk?: unknown; sk?: unknown } } & Record<string, unknown>;
    const prefix = prefixBeforeProbe(params.Key?.pk);
    return prefix !== null && typeof params.Key?.sk === "string"
      ? { input: { ...params, Key: marshall(params.Key) } as GetItemCommandInput, entity: entity.name, prefix }
      : null;
  });
  if (!template) return ((await entity.fallback(id)) as Record<string, unknown> | null) ?? undefined;
  const output = await clientOf(store).send(
    new GetItemCommand({
      ...template.input,
      Key: { ...template.input.Key, pk: { S: template.prefix + id.toLowerCase() } },
    }),
  );
  const item = output.Item ? unmarshall(output.Item) : undefined;
  return item?.__edb_e__ === template.entity ? item : undefined;
}

/** A Query ElectroDB built (`entity.query.<index>(...).params()`), in the low-level client's form. */
export function lowLevelQuery(params: object): QueryCommandInput {
  const input = params as QueryCommandInput & { ExpressionAttributeValues?: Record<string, unknown> };
  return {
    ...input,
    ...(input.ExpressionAttributeValues
      ? { ExpressionAttributeValues: marshall(input.ExpressionAttributeValues) }
      : {}),
  };
}

/** Sends a Query through the store's low-level client and returns its items as plain values. */
export async function queryRaw(store: Store, input: QueryCommandInput): Promise<RawPage> {
  const output = await clientOf(store).send(new QueryCommand(input));
  return {
    Items: (output.Items ?? []).map((item) => unmarshall(item as Record<string, AttributeValue>)),
    ...(output.LastEvaluatedKey
      ? { LastEvaluatedKey: unmarshall(output.LastEvaluatedKey as Record<string, AttributeValue>) }
      : {}),
  };
}
