import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from "pdf-lib";
import { organizationDefaults } from "../config.js";
import type { AppContext } from "../context.js";
import type { GiftItem } from "../entities/store.js";
import { NotFound } from "../errors.js";
import { byReceiptNumber } from "./gifts.js";
import { formatMoney } from "./money-format.js";
import { addTo, type Totals } from "./summary.js";

const pdfType = "application/pdf";

interface Donor {
  readonly name: string;
  readonly address: readonly string[];
}

async function donorOf(app: AppContext, customerId: string): Promise<Donor> {
  const { data } = await app.store.entities.customer.get({ customerId }).go();
  if (!data) throw new NotFound(`Customer ${customerId} does not exist`);
  const addresses = (data.addresses ?? []) as {
    lines: string[];
    city: string;
    region?: string;
    postalCode?: string;
    country: string;
  }[];
  const first = addresses[0];
  const address = first
    ? [...first.lines, [first.postalCode, first.city, first.region].filter(Boolean).join(" "), first.country]
    : [];
  return { name: data.displayName, address };
}

/**
 * A gift's receipt as a PDF, stored in the blob store under its number (a voided receipt under its
 * own key, marked VOID) and made once: later requests read the stored one.
 */
export async function giftReceipt(app: AppContext, receiptNumber: string): Promise<Uint8Array> {
  const gift = await byReceiptNumber(app, receiptNumber);
  const key = `receipts/${gift.year}/${gift.receiptNumber}${gift.status === "voided" ? "-void" : ""}.pdf`;
  const stored = await app.ports.blobs.get(key);
  if (stored) return stored;
  const donor = await donorOf(app, gift.customerId);
  const pdf = await render(app, `Donation receipt ${gift.receiptNumber}`, donor, (line) => {
    if (gift.status === "voided") line("VOID: this receipt was cancelled", { bold: true, red: true });
    line(`Receipt number: ${gift.receiptNumber}`, { bold: true });
    line(`Date of gift: ${gift.date}`);
    line(`Amount: ${formatMoney(gift.amountMinor, gift.currency)}`, { bold: true });
    line(`Method: ${gift.method.replace("_", " ")}`);
    if (gift.fund) line(`Fund: ${gift.fund}`);
    if (gift.method === "in_kind") line("Gift in kind: the amount is the donor's declared value.");
  });
  await app.ports.blobs.put(key, pdf, pdfType);
  return pdf;
}

/** One receipt for a donor's standing gifts of a year, per currency; stored under the donor and year. */
export async function annualReceipt(app: AppContext, customerId: string, year: string): Promise<Uint8Array> {
  const donor = await donorOf(app, customerId);
  const { data } = await app.store.entities.gift.query
    .byDonor({ customerId })
    .begins({ date: `${year}-` })
    .go({ pages: "all" });
  const gifts = data.filter((gift: GiftItem) => gift.status === "recorded");
  let totals: Totals = {};
  for (const gift of gifts) totals = addTo(totals, gift.currency, gift.amountMinor);
  const pdf = await render(app, `Annual donation receipt ${year}`, donor, (line) => {
    line(`Gifts received in ${year}: ${gifts.length}`, { bold: true });
    for (const gift of gifts) {
      line(`${gift.date}  ${gift.receiptNumber}  ${formatMoney(gift.amountMinor, gift.currency)}`);
    }
    for (const [currency, amountMinor] of Object.entries(totals).sort()) {
      line(`Total ${year}: ${formatMoney(amountMinor, currency)}`, { bold: true });
    }
  });
  await app.ports.blobs.put(`receipts/annual/${year}/${customerId}.pdf`, pdf, pdfType);
  return pdf;
}

type Line = (text: string, style?: { bold?: boolean; red?: boolean }) => void;

async function render(app: AppContext, title: string, donor: Donor, body: (line: Line) => void): Promise<Uint8Array> {
  const organization = app.settings.organization ?? organizationDefaults;
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setProducer("Caseline");
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page = doc.addPage([595, 842]);
  let y = 790;
  const line: Line = (text, style = {}) => {
    if (y < 60) {
      page = doc.addPage([595, 842]);
      y = 790;
    }
    write(page, printable(text, regular), style.bold ? bold : regular, y, style.red);
    y -= 18;
  };
  line(organization.name, { bold: true });
  for (const part of organization.address.split(/\n|,\s*/)) line(part);
  line(`Registration: ${organization.registration}`);
  y -= 18;
  line(title, { bold: true });
  y -= 6;
  line(`Donor: ${donor.name}`, { bold: true });
  for (const part of donor.address) line(part);
  y -= 6;
  body(line);
  y -= 18;
  line(`Issued ${app.clock().toISOString().slice(0, 10)}. No goods or services were provided in return.`);
  return doc.save();
}

function write(page: PDFPage, text: string, font: PDFFont, y: number, red?: boolean) {
  page.drawText(text, { x: 56, y, size: 11, font, color: red ? rgb(0.75, 0, 0) : rgb(0, 0, 0) });
}

/** The standard fonts encode WinAnsi only: other characters become "?" rather than failing the receipt. */
function printable(text: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet());
  return [...text].map((char) => (supported.has(char.codePointAt(0) ?? 0) ? char : "?")).join("");
}
