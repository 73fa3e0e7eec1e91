/**
 * Facts as the entry editor writes them, one per line: "Label: value", with a period in brackets
 * when the fact has one: "Office: Defence Minister [2012-11-06 – 2024-05-12]", "Office: Secretary
 * [2024-05 – ]" (still holds), "Minister: X [2022 – unknown]", and a source after a semicolon
 * "[2024-05 – ; https://…]", and the day an unverified one was last known true "[2022 – unknown; as of
 * 2025-06-30]". Editing a note therefore never drops a fact's dates. Pure.
 */
import type { Fact } from './types';

const PERIOD = /\s*\[\s*([^\]–;]*?)\s*–\s*([^\];]*?)\s*((?:;\s*[^\];]+?\s*)*)\]\s*$/;

/** One fact as an editor line. */
export function formatFactLine(f: Fact): string {
  const dated = f.from !== undefined || f.to !== undefined || f.source !== undefined || f.asOf !== undefined;
  const extra = `${f.source ? `; ${f.source}` : ''}${f.asOf ? `; as of ${f.asOf}` : ''}`;
  const period = dated ? ` [${f.from ?? ''} – ${f.to ?? ''}${extra}]` : '';
  return `${f.label}: ${f.value}${period}`;
}

/**
 * An editor line as a fact: the label before the first colon, the period (if any) from a
 * trailing bracket. Dates are kept as written; the entry validator reports bad ones.
 */
export function parseFactLine(line: string): Fact {
  const i = line.indexOf(':');
  const label = i > 0 ? line.slice(0, i).trim() : line.trim();
  let value = i > 0 ? line.slice(i + 1).trim() : '';
  const fact: Fact = { label, value };
  const m = PERIOD.exec(value);
  if (m) {
    value = value.slice(0, m.index).trim();
    fact.value = value;
    if (m[1]) fact.from = m[1];
    if (m[2]) fact.to = m[2];
    for (const part of (m[3] ?? '').split(';').map((p) => p.trim()).filter(Boolean)) {
      const asOf = /^as of (\S+)$/.exec(part);
      if (asOf) fact.asOf = asOf[1]!;
      else fact.source = part;
    }
  }
  return fact;
}
