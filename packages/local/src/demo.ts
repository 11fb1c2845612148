import { type AppContext, Case, Customer, type RequestMeta } from "@caseline/core";
import { isConditionFailure } from "@caseline/core/db/transactions";

const demoActor: RequestMeta = { actor: { sub: "demo-loader", roles: ["admin"], name: "Demo loader" } };

const people = [
  ["José Álvarez", "es-MX", "+525512345678"],
  ["Maria da Silva", "pt-BR", "+5511987654321"],
  ["Priya Sharma", "hi-IN", "+919876543210"],
  ["Amélie Dubois", "fr-FR", "+33612345678"],
  ["John Carter", "en-US", "+12025550143"],
  ["Ana Luíza Costa", "pt-BR", "+5521998765432"],
  ["Rahul Verma", "hi-IN", "+919812345678"],
  ["Lucía Fernández", "es-ES", "+34612345678"],
  ["Grace Okafor", "en-GB", "+447700900123"],
  ["François Martin", "fr-CA", "+15145550199"],
] as const;
const organizations = [
  ["Fundação Esperança", "pt-BR"],
  ["Northwind Logistics", "en-US"],
  ["Asociación Manos Unidas", "es-AR"],
  ["Café des Arts SARL", "fr-FR"],
] as const;
const subjects = [
  ["Cannot log in to the portal", "incident"],
  ["Request a copy of my contract", "service_request"],
  ["Invoice shows the wrong amount", "complaint"],
  ["How do I change my address?", "inquiry"],
  ["Device stopped working after update", "incident"],
  ["Warranty claim for broken unit", "service_request"],
  ["Delivery arrived late", "complaint"],
  ["Question about opening hours", "inquiry"],
] as const;
const channels = ["phone", "email", "web_form", "chat", "walk_in", "portal"] as const;
const priorities = ["low", "normal", "normal", "high", "urgent"] as const;

/** A small deterministic generator, so every demo load looks the same. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * Loads demo customers and cases, spread over the last months. Runs at most once per table: a
 * marker written first with a condition makes a second call (or a second instance) do nothing.
 */
export async function loadDemoData(
  app: AppContext,
  log: (message: string) => void = () => undefined,
): Promise<boolean> {
  try {
    await app.store.entities.counter.create({ name: "demo-data", value: 1 }).go();
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
  const next = random(20_261_126);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const now = Date.now();
  const at = (daysAgo: number) => ({ ...app, clock: () => new Date(now - daysAgo * 86_400_000) });

  const customers: string[] = [];
  for (const [name, language, phone] of people) {
    const email = `${name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/\W+/g, ".")}@example.org`;
    const customer = await Customer.create(at(180 + Math.floor(next() * 180)), demoActor, {
      kind: "person",
      displayName: name,
      emails: [email],
      phones: [phone],
      preferredLanguage: language,
      tier: pick(["standard", "standard", "silver", "gold", "platinum"] as const),
    });
    customers.push(customer.id);
  }
  for (const [name, language] of organizations) {
    const customer = await Customer.create(at(200 + Math.floor(next() * 100)), demoActor, {
      kind: "organization",
      displayName: name,
      preferredLanguage: language,
      tier: pick(["silver", "gold"] as const),
    });
    customers.push(customer.id);
  }
  log(`${customers.length} customers`);

  let cases = 0;
  for (let i = 0; i < 40; i++) {
    const [subject, type] = pick(subjects);
    await Case.create(at(Math.floor(next() * 150)), demoActor, {
      customerId: pick(customers),
      subject,
      type,
      priority: pick(priorities),
      channel: pick(channels),
    });
    cases++;
  }
  log(`${cases} cases`);
  return true;
}
