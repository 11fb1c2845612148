import * as dynamodb from "@aws-sdk/client-dynamodb";
import { formatCaseNumber } from "@caseline/core/cases/case-number";
import { ulid } from "ulidx";

/**
 * The raw side of the comparison: the very requests the API sends to the engine, recorded once from
 * a real `POST /cases` and `GET /cases/{id}` (through the runtime's `onEngineRequest`, which sees them
 * marshalled) and replayed through a bare DynamoDBClient with fresh ids. So "raw" is exactly the engine work
 * behind a request, minus everything the API does around it, and it follows the app when the app's
 * items or calls change.
 */

/** One request the app's table client sent: the command's name and its input, in the low-level (marshalled) form. */
export interface EngineCall {
  readonly command: string;
  readonly input: Record<string, unknown>;
}

/** Pass `observe` as the runtime's `onEngineRequest`; `record` returns what the app sent while `work` ran. */
export class EngineRecorder {
  private calls: EngineCall[] | undefined;

  readonly observe = (command: string, input: unknown): void => {
    this.calls?.push({ command, input: input as Record<string, unknown> });
  };

  async record(work: () => Promise<unknown>): Promise<EngineCall[]> {
    this.calls = [];
    try {
      await work();
      return this.calls;
    } finally {
      this.calls = undefined;
    }
  }
}

/** Any ULID, upper case (attributes) or lower case (ElectroDB keys). */
const ulidPattern = /(?<![0-9A-Za-z])[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}(?![0-9A-Za-z])/g;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Recorded calls as a JSON template. `instantiate` maps the recorded customer and case ids to the
 * given ones and every other ULID in them (audit entry, outbox event, ...) to a fresh one, keeping
 * each id's case, and swaps the recorded case number; so replays never collide with each other.
 */
export class CallTemplate {
  private readonly json: string;
  private readonly numberPattern: RegExp | undefined;
  readonly bytes: number;

  constructor(
    readonly calls: readonly EngineCall[],
    private readonly recorded: { customerId?: string; caseId?: string; number?: string },
  ) {
    this.json = JSON.stringify(calls);
    this.bytes = Buffer.byteLength(this.json);
    this.numberPattern = recorded.number
      ? new RegExp(`${escapeRegExp(recorded.number)}|${escapeRegExp(recorded.number.toLowerCase())}`, "g")
      : undefined;
  }

  instantiate(values: { customerId?: string; caseId?: string; number?: string }): EngineCall[] {
    const fresh = new Map<string, string>();
    let text = this.json.replace(ulidPattern, (match) => {
      const upper = match.toUpperCase();
      let value: string | undefined;
      if (upper === this.recorded.customerId) value = values.customerId ?? upper;
      else if (upper === this.recorded.caseId && values.caseId) value = values.caseId;
      else {
        value = fresh.get(upper);
        if (!value) {
          value = ulid();
          fresh.set(upper, value);
        }
      }
      return match === upper ? value : value.toLowerCase();
    });
    const number = values.number;
    if (this.numberPattern && number) {
      text = text.replace(this.numberPattern, (match) =>
        match === this.recorded.number ? number : number.toLowerCase(),
      );
    }
    return JSON.parse(text) as EngineCall[];
  }
}

/** Any command of the client, looked up by the recorded name. */
type CommandClass = new (input: Record<string, unknown>) => any;

function commandFor(call: EngineCall) {
  const Command = (dynamodb as unknown as Record<string, CommandClass | undefined>)[call.command];
  if (!Command) throw new Error(`no ${call.command} in @aws-sdk/client-dynamodb`);
  return new Command(call.input);
}

/** A low-level client configured like the app's own (same endpoint, region, credentials, default HTTP handler). */
export function rawClient(endpoint: string): dynamodb.DynamoDBClient {
  return new dynamodb.DynamoDBClient({
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
}

/** "GetItem -> UpdateItem -> TransactWriteItems(4)": what a recorded sequence consists of. */
export function describeCalls(calls: readonly EngineCall[]): string {
  return calls
    .map((call) => {
      const name = call.command.replace(/Command$/, "");
      const items = call.input.TransactItems;
      return Array.isArray(items) ? `${name}(${items.length})` : name;
    })
    .join(" -> ");
}

/** What one recorded `POST /cases` and one `GET /cases/{id}` sent, with the ids they used. */
export interface Recording {
  readonly create: readonly EngineCall[];
  readonly get: readonly EngineCall[];
  readonly customerId: string;
  readonly caseId: string;
  readonly number: string;
}

export interface RawWorkloads {
  /** The calls of one `GET /cases/{id}` (a GetItem), for one of the given cases. */
  getCase(sequence: number): Promise<void>;
  /** The TransactWriteItems of one `POST /cases` alone, with a case number of its own. */
  transactWrite(sequence: number): Promise<void>;
  /** Every call of one `POST /cases` in order; the case number comes from the counter's answer, as in the app. */
  createSequence(sequence: number): Promise<void>;
}

export function rawWorkloads(
  client: dynamodb.DynamoDBClient,
  recording: Recording,
  fixtures: { caseIds: readonly string[]; customerIds: readonly string[] },
): RawWorkloads {
  const recorded = { customerId: recording.customerId, caseId: recording.caseId, number: recording.number };
  // A create takes its case number from the counter's answer: the calls up to that ADD, then the rest.
  const counterAt = recording.create.findIndex((call) => call.command === "UpdateItemCommand");
  if (counterAt < 0) throw new Error("the recorded POST /cases sent no UpdateItem (the case-number counter)");
  const createUntilNumber = new CallTemplate(recording.create.slice(0, counterAt + 1), recorded);
  const createRest = new CallTemplate(recording.create.slice(counterAt + 1), recorded);
  const transact = new CallTemplate(
    recording.create.filter((call) => call.command === "TransactWriteItemsCommand"),
    recorded,
  );
  if (transact.calls.length !== 1) throw new Error("the recorded POST /cases sent no single TransactWriteItems");
  const get = new CallTemplate(recording.get, recorded);
  if (get.calls.length === 0) throw new Error("the recorded GET /cases/{id} sent nothing to the engine");
  const pick = <T>(list: readonly T[], sequence: number) => list[sequence % list.length] as T;
  // Numbers far above the API's, for the transaction alone: the GSI key need not be unique, only realistic.
  let ownNumber = 900_000;

  const replay = async (calls: readonly EngineCall[]) => {
    for (const call of calls) await client.send(commandFor(call));
  };

  return {
    async getCase(sequence) {
      await replay(get.instantiate({ caseId: pick(fixtures.caseIds, sequence) }));
    },
    async transactWrite(sequence) {
      await replay(
        transact.instantiate({
          customerId: pick(fixtures.customerIds, sequence),
          number: formatCaseNumber(ownNumber++),
        }),
      );
    },
    async createSequence(sequence) {
      const customerId = pick(fixtures.customerIds, sequence);
      let number: string | undefined;
      for (const call of createUntilNumber.instantiate({ customerId })) {
        const answer = (await client.send(commandFor(call))) as { Attributes?: Record<string, { N?: string }> };
        const value = answer.Attributes?.value?.N;
        if (value !== undefined) number = formatCaseNumber(Number(value));
      }
      if (!number) throw new Error("the counter returned no value");
      await replay(createRest.instantiate({ customerId, number }));
    },
  };
}

/**
 * Replays recorded calls with their ids swapped: for reads (a 360 Query, a search Query) the same calls
 * over and over, for a transition once per case (its version condition holds once).
 */
export function replayWorkload(
  client: dynamodb.DynamoDBClient,
  calls: readonly EngineCall[],
  recorded: { customerId?: string; caseId?: string },
): (values: { customerId?: string; caseId?: string }) => Promise<void> {
  if (calls.length === 0) throw new Error("nothing was recorded to replay");
  const template = new CallTemplate(calls, recorded);
  return async (values) => {
    for (const call of template.instantiate(values)) await client.send(commandFor(call));
  };
}
