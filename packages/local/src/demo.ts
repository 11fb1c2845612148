import { type AppContext, Case, Customer, type RequestMeta } from "@caseline/core";
import * as Holdings from "@caseline/core/customers/holdings";
import { normalizePhone } from "@caseline/core/customers/phones";
import { isConditionFailure } from "@caseline/core/db/transactions";
import * as Interaction from "@caseline/core/interactions/interaction";
import { agents, type Locale, locales, products, queues } from "./demo-content.js";
import { loadDemoGiving } from "./demo-giving.js";
import { loadDemoVehicles } from "./demo-vehicles.js";

const loader: RequestMeta = { actor: { sub: "demo-loader", roles: ["admin"], name: "Demo loader" } };
const agentMeta = (sub: string): RequestMeta => ({ actor: { sub, roles: ["agent"], name: sub } });
const customerMeta = (customerId: string): RequestMeta => ({
  actor: { sub: `portal-${customerId}`, roles: ["customer"], customerId },
});

export interface DemoOptions {
  readonly customers?: number;
  readonly cases?: number;
  /** How many writes run at once. */
  readonly concurrency?: number;
}

/** A small deterministic generator, so every demo load looks the same. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, pick, int };
}

async function inBatches<T>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<void>) {
  let index = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (index < items.length) {
        const mine = index++;
        await work(items[mine] as T, mine);
      }
    }),
  );
}

const ascii = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ".")
    .replace(/^\.|\.$/g, "");

/**
 * Loads a believable data set through the same domain services the API uses (so every record has its
 * audit trail and events): hundreds of customers in the languages of our first users, their products
 * and contracts, and cases over the last six months with their conversations and lifecycles, older
 * cases mostly closed, recent ones still open. Runs at most once per table: a marker written first
 * with a condition makes a second call (or a second instance) do nothing.
 */
export async function loadDemoData(
  app: AppContext,
  log: (message: string) => void = () => undefined,
  options: DemoOptions = {},
): Promise<boolean> {
  try {
    await app.store.entities.counter.create({ name: "demo-data", value: 1 }).go();
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
  const rnd = random(20_261_126);
  const now = Date.now();
  const day = 86_400_000;
  const at = (instant: number): AppContext => ({ ...app, clock: () => new Date(instant) });
  const customerCount = options.customers ?? 300;
  const caseCount = options.cases ?? 700;
  const concurrency = options.concurrency ?? 8;

  // Customers: mostly people, some organizations, each in one locale.
  const people = Array.from({ length: customerCount }, (_, i) => {
    const locale = rnd.pick(locales);
    const organization = i % 5 === 4;
    const given = rnd.pick(locale.given);
    const family = rnd.pick(locale.family);
    const name = organization ? `${rnd.pick(locale.organizations)}${i > 40 ? ` ${i}` : ""}` : `${given} ${family}`;
    const [city, region, postalCode] = rnd.pick(locale.cities);
    const phone = normalizePhone(
      locale.phone[0] + String(rnd.int(0, 10 ** locale.phone[1] - 1)).padStart(locale.phone[1], "0"),
    );
    return {
      locale,
      organization,
      given,
      family,
      name,
      city,
      region,
      postalCode,
      phone,
      since: now - rnd.int(200, 540) * day,
    };
  });
  const customers: { id: string; locale: Locale; since: number }[] = [];
  await inBatches(people, concurrency, async (person, i) => {
    const customer = await Customer.create(at(person.since), loader, {
      kind: person.organization ? "organization" : "person",
      displayName: person.name,
      ...(person.organization
        ? { names: { legal: person.name } }
        : { names: { given: person.given, family: person.family } }),
      emails: [`${ascii(person.name)}${i}@example.${person.organization ? "org" : "com"}`],
      ...(person.phone ? { phones: [{ number: person.phone, label: "mobile" as const, primary: true }] } : {}),
      addresses: [
        {
          label: "home",
          lines: [`${person.locale.street} ${rnd.int(1, 999)}`],
          city: person.city,
          region: person.region,
          postalCode: person.postalCode,
          country: person.locale.country,
        },
      ],
      preferredLanguage: person.locale.language,
      preferredChannel: rnd.pick(["email", "phone", "portal", "chat"] as const),
      tier: rnd.pick(["standard", "standard", "standard", "silver", "gold", "platinum"] as const),
      externalIds: [{ system: "legacy-crm", value: `LC-${10_000 + i}` }],
      consents: [
        {
          purpose: "service-updates",
          status: "granted",
          grantedAt: new Date(person.since).toISOString(),
          source: "onboarding",
        },
      ],
    });
    customers[i] = { id: customer.id, locale: person.locale, since: person.since };
  });
  log(`${customers.length} customers`);

  // Products and contracts for about half of them.
  let holdings = 0;
  await inBatches(customers, concurrency, async (customer) => {
    if (rnd.next() < 0.5) return;
    const product = rnd.pick(products);
    const start = new Date(customer.since + rnd.int(0, 60) * day).toISOString().slice(0, 10);
    await Holdings.add(at(customer.since), loader, customer.id, {
      ...product,
      startDate: start,
      ...(product.kind === "warranty" ? { warrantyEnd: `${Number(start.slice(0, 4)) + 2}${start.slice(4)}` } : {}),
    });
    holdings++;
  });
  log(`${holdings} products and contracts`);

  // Cases over the last six months, each with its conversation and as much lifecycle as its age allows.
  let interactions = 0;
  let transitions = 0;
  const plan = Array.from({ length: caseCount }, () => ({
    customer: rnd.pick(customers),
    ageDays: rnd.int(0, 180),
    r: rnd.next(),
  }));
  let casesDone = 0;
  await inBatches(plan, concurrency, async ({ customer, ageDays, r }) => {
    await openDemoCase(customer, ageDays, r);
    if (++casesDone % 100 === 0) log(`${casesDone} of ${caseCount} cases…`);
  });
  log(`${caseCount} cases, ${interactions} interactions, ${transitions} status changes`);
  await loadDemoVehicles(
    app,
    customers.map((customer) => customer.id),
    log,
  );

  // Giving for the first fifth of the customers (at least one): the nonprofit's donors.
  const donors = customers.slice(0, Math.max(1, Math.round(customers.length / 5))).map((c) => c.id);
  await loadDemoGiving(app, loader, donors, rnd, log);
  return true;

  async function openDemoCase(customer: (typeof customers)[number], ageDays: number, r: number) {
    const [subject, type, category] = rnd.pick(customer.locale.subjects);
    const agent = rnd.pick(agents);
    const channel = rnd.pick(["email", "phone", "portal", "chat", "web_form"] as const);
    let t = now - ageDays * day - rnd.int(0, 8) * 3_600_000;
    const opened = await Case.create(at(t), loader, {
      customerId: customer.id,
      subject,
      type,
      category,
      channel,
      priority: rnd.pick(["low", "normal", "normal", "normal", "high", "urgent"] as const),
      queue: category === "billing" ? "billing" : category === "technical" ? "technical" : rnd.pick(queues),
    });
    let version = opened.version;
    const step = async (to: string, reason?: string) => {
      t += rnd.int(10, 600) * 60_000;
      if (t > now) return false;
      version = (
        await Case.transition(
          at(t),
          agentMeta(agent),
          opened.id,
          { to, ...(reason ? { reason } : {}) } as never,
          version,
        )
      ).version;
      transitions++;
      return true;
    };
    const say = async (author: "customer" | "agent", summary: string, visibility: "public" | "internal" = "public") => {
      t += rnd.int(5, 240) * 60_000;
      if (t > now) return;
      await Interaction.log(at(t), author === "agent" ? agentMeta(agent) : customerMeta(customer.id), {
        customerId: customer.id,
        caseId: opened.id,
        author,
        input: {
          channel: author === "customer" ? channel : "email",
          direction: author === "customer" ? "inbound" : visibility === "internal" ? "internal" : "outbound",
          visibility,
          summary,
          occurredAt: new Date(t).toISOString(),
          ...(channel === "phone" ? { durationSeconds: rnd.int(60, 1200) } : {}),
        },
      });
      interactions++;
    };

    await say("customer", subject);
    if (!(await step("open"))) return;
    // The agent who opened it takes it, so each demo agent has a queue of their own ("My work").
    t += rnd.int(1, 30) * 60_000;
    if (t > now) return;
    version = (await Case.update(at(t), agentMeta(agent), opened.id, { assigneeId: agent }, version)).version;
    await say("agent", "Thank you for contacting us; we are looking into it.");
    if (r < 0.3) {
      if (!(await step("pending_customer", "Waiting for details from the customer"))) return;
      await say("customer", "Here are the details you asked for.");
      if (!(await step("open"))) return;
    }
    if (r < 0.1) await say("agent", "Escalated to the second line.", "internal");
    // The older the case, the likelier it is finished.
    if (ageDays < 3 || rnd.next() > 0.4 + ageDays / 120) return;
    await say("agent", "This is now resolved. Please let us know if anything else comes up.");
    if (!(await step("resolved"))) return;
    if (ageDays > 20) await step("closed");
  }
}
