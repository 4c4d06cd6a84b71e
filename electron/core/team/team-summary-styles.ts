/**
 * The summary's one stylesheet: the report's colours and type, tighter, so the summary fits one
 * A4 page when printed. No style attributes, so a strict CSP can allow exactly this text.
 */
export const TEAM_SUMMARY_STYLES = `
:root { --ink: #1b1b1b; --muted: #545b63; --accent: #154273; --accent-soft: #e8eef5; --rule: #cfd6de; color-scheme: light; }
* { box-sizing: border-box; }
html { background: #fff; }
body {
  margin: 0;
  color: var(--ink);
  font-family: "Segoe UI", system-ui, "Noto Sans", "Liberation Sans", Arial, sans-serif,
    "Segoe UI Emoji", "Noto Color Emoji";
  font-size: 10pt;
  line-height: 1.4;
  overflow-wrap: anywhere;
}
.summary { max-width: 50rem; margin: 0 auto; padding: 2rem; }
.masthead { border-top: 0.4rem solid var(--accent); padding-top: 0.8rem; margin-bottom: 0.8rem; }
.kicker { margin: 0; color: var(--accent); font-size: 0.75rem; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; }
h1, h2 { color: var(--accent); line-height: 1.2; break-after: avoid; }
h1 { font-size: 1.5rem; margin: 0.25rem 0 0.4rem; }
h2 { font-size: 1.05rem; margin: 0.7rem 0 0.3rem; padding-bottom: 0.15rem; border-bottom: 0.1rem solid var(--rule); }
p { margin: 0 0 0.35rem; }
.note { color: var(--muted); font-style: italic; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.5rem; }
table { width: 100%; border-collapse: collapse; margin: 0.2rem 0 0.35rem; font-size: 0.92em; }
th, td { padding: 0.12rem 0.4rem; border-bottom: 0.0625rem solid var(--rule); text-align: start; vertical-align: top; }
thead th { background: var(--accent-soft); border-bottom: 0.1rem solid var(--accent); font-weight: 600; }
tbody th { font-weight: 400; }
.num { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
.date { white-space: nowrap; color: var(--muted); }
.state { white-space: nowrap; }
.skipped ul { columns: 2; column-gap: 1.5rem; font-size: 0.92em; }
.tally .bar { width: 25%; vertical-align: middle; }
.tally .num { width: 3rem; }
.tally .bar svg { display: block; width: 100%; height: 0.65rem; }
.swatch { display: inline-block; vertical-align: -0.1em; margin-inline-end: 0.3rem; }
ul { margin: 0 0 0.35rem; padding-inline-start: 1.1rem; }
li { margin-bottom: 0.15rem; white-space: pre-line; }
.colophon { margin-top: 0.5rem; padding-top: 0.25rem; border-top: 0.0625rem solid var(--rule); color: var(--muted); font-size: 0.8rem; }
@page { size: A4; margin: 10mm 12mm; }
@media print {
  body { font-size: 8pt; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .summary { max-width: none; padding: 0; }
  tr, li { break-inside: avoid; }
}
`
