// The theme toggle: auto (follows prefers-color-scheme), light or dark,
// remembered in localStorage and applied as <html data-theme>.
const KEY = "exitplay-theme";
const ORDER = ["auto", "light", "dark"] as const;
type Theme = (typeof ORDER)[number];

function stored(): Theme {
  try {
    const v = localStorage.getItem(KEY);
    return (ORDER as readonly string[]).includes(v ?? "") ? (v as Theme) : "auto";
  } catch {
    return "auto";
  }
}

function apply(theme: Theme, button: HTMLButtonElement): void {
  if (theme === "auto") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  button.textContent = `Theme: ${theme}`;
  button.title = "Change the colour theme (auto follows your system)";
}

/** Shows the toggle and applies the remembered theme. */
export function initTheme(button: HTMLButtonElement): void {
  let theme = stored();
  apply(theme, button);
  button.hidden = false;
  button.addEventListener("click", () => {
    theme = ORDER[(ORDER.indexOf(theme) + 1) % ORDER.length];
    try {
      localStorage.setItem(KEY, theme);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    apply(theme, button);
  });
}
