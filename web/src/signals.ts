// The signal schedule form: rows of a signal name and a virtual time, the
// presets, and adding or removing rows. The server renders the rows; this
// module only makes them dynamic.
import { h } from "./dom";
import type { ScheduledSignal } from "./trace_types";

/** Edits the schedule in place in the form's <ol id="signal-rows">. */
export class SignalSchedule {
  private names: string[];

  constructor(
    private readonly rows: HTMLOListElement,
    addButton: HTMLButtonElement,
    presets: NodeListOf<HTMLButtonElement>,
    private readonly onChange: () => void,
  ) {
    const select = rows.querySelector("select");
    this.names = select ? [...select.options].map((o) => o.value).filter((v) => v !== "") : [];
    for (const row of rows.querySelectorAll<HTMLLIElement>("li")) this.addRemoveButton(row);
    this.dropBlankRows();
    addButton.hidden = false;
    addButton.addEventListener("click", () => {
      const row = this.addRow("SIGTERM", 1);
      row.querySelector("select")?.focus();
      this.onChange();
    });
    for (const b of presets) {
      b.addEventListener("click", (e) => {
        e.preventDefault();
        this.addRow(b.dataset.preset ?? "SIGTERM", 1);
        this.onChange();
      });
    }
    rows.addEventListener("input", () => this.onChange());
  }

  /**
   * The schedule as the engine takes it. Rows without a signal are skipped,
   * and so are rows whose time is not between 0 and 3600 s (marked invalid).
   */
  get value(): ScheduledSignal[] {
    const out: ScheduledSignal[] = [];
    for (const row of this.rows.querySelectorAll("li")) {
      const name = row.querySelector("select")?.value ?? "";
      const input = row.querySelector("input");
      const at = Number(input?.value || "0");
      const valid = Number.isFinite(at) && at >= 0 && at <= 3600;
      input?.setAttribute("aria-invalid", String(!valid));
      if (name !== "" && valid) out.push({ signal: name, at });
    }
    return out;
  }

  /** Replaces the schedule. */
  set value(list: readonly ScheduledSignal[]) {
    this.rows.replaceChildren();
    for (const s of list) this.addRow(s.signal, s.at);
  }

  private dropBlankRows(): void {
    for (const row of this.rows.querySelectorAll("li")) if (row.querySelector("select")?.value === "") row.remove();
  }

  private addRow(signal: string, at: number): HTMLLIElement {
    const id = `sig-${Math.random().toString(36).slice(2, 8)}`;
    const n = this.rows.children.length + 1;
    const select = h("select", { id: `${id}-name`, name: "signal" }, h("option", { value: "" }, "(none)"));
    for (const name of this.names) select.append(h("option", { value: name }, name));
    select.value = signal;
    const row = h(
      "li",
      { class: "signal-row" },
      h("label", { for: `${id}-name`, class: "visually-hidden" }, `Signal ${n}`),
      select,
      h("label", { for: `${id}-at` }, "at"),
      h("input", { id: `${id}-at`, name: "at", type: "number", min: 0, max: 3600, step: 0.1, inputmode: "decimal", value: at }),
      h("span", { "aria-hidden": "true" }, "s"),
    );
    this.rows.append(row);
    this.addRemoveButton(row);
    return row;
  }

  private addRemoveButton(row: HTMLLIElement): void {
    const label = `Remove signal ${[...this.rows.children].indexOf(row) + 1}`;
    const button = h("button", { type: "button", class: "remove", "aria-label": label, title: label }, "✕");
    button.addEventListener("click", () => {
      row.remove();
      this.onChange();
    });
    row.append(button);
  }
}
