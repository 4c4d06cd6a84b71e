/**
 * The report's whole stylesheet: one <style> element and no style attributes, so the presenter's
 * CSP can allow exactly this text by its hash when the preview shows the report in a frame.
 * Calm and sober, in the manner of government documents; readable when printed in black and
 * white (bars have an outline and their counts are written next to them).
 */
export const REPORT_STYLES = `
:root {
  --ink: #1b1b1b;
  --muted: #545b63;
  --accent: #154273;
  --accent-soft: #e8eef5;
  --rule: #cfd6de;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { background: #fff; }
body {
  margin: 0;
  color: var(--ink);
  font-family: "Segoe UI", system-ui, "Noto Sans", "Liberation Sans", Arial, sans-serif,
    "Segoe UI Emoji", "Noto Color Emoji";
  font-size: 11pt;
  line-height: 1.5;
  overflow-wrap: anywhere;
}
.report { max-width: 50rem; margin: 0 auto; padding: 2.5rem 2rem 3rem; }
.masthead { border-top: 0.45rem solid var(--accent); padding-top: 1.25rem; margin-bottom: 2rem; }
.kicker {
  margin: 0;
  color: var(--accent);
  font-size: 0.8rem;
  font-weight: 600;
  letter-spacing: 0.06em;
  text-transform: uppercase;
}
h1, h2, h3, h4, h5 { color: var(--accent); line-height: 1.25; break-after: avoid; }
h1 { font-size: 1.9rem; margin: 0.35rem 0 1.25rem; }
h2 {
  font-size: 1.35rem;
  margin: 2.5rem 0 1rem;
  padding-bottom: 0.3rem;
  border-bottom: 0.125rem solid var(--rule);
}
h3 { font-size: 1.15rem; margin: 1.75rem 0 0.5rem; }
.dilemma h3 { margin-top: 0; }
h4 { font-size: 0.95rem; margin: 1.25rem 0 0.4rem; color: var(--ink); }
h5 { font-size: 0.9rem; margin: 0.9rem 0 0.3rem; color: var(--muted); }
p { margin: 0 0 0.75rem; }
.text { white-space: pre-line; }
.note { color: var(--muted); font-style: italic; }
.facts {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
  gap: 0.6rem 1.5rem;
  margin: 0;
}
.facts dt { color: var(--muted); font-weight: 600; }
.facts dd { margin: 0; }
.facts .wide { grid-column: 1 / -1; }
.principles, .pair-lines, .round-notes { margin: 0; }
.principles dt, .pair-lines dt, .round-notes dt { font-weight: 600; }
.principles dd, .pair-lines dd, .round-notes dd { margin: 0 0 0.5rem; }
.round-notes dd { white-space: pre-line; }
.speaker-notes tbody th { width: 28%; }
.tension-map { break-inside: avoid; }
.tension-map-image { display: block; width: 100%; max-width: 34rem; height: auto; margin: 0.5rem 0; }
.tension-map .legend {
  list-style: none;
  padding: 0;
  margin: 0 0 0.75rem;
  display: flex;
  flex-wrap: wrap;
  gap: 0.3rem 1.5rem;
}
.open-dilemmas ul { margin: 0 0 0.75rem; padding-inline-start: 1.4rem; }
.meta { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0 0 0.75rem; }
.meta div { display: flex; gap: 0.4rem; }
.meta dt { color: var(--muted); }
.meta dt::after { content: ":"; }
.meta dd { margin: 0; }
table {
  width: 100%;
  border-collapse: collapse;
  margin: 0.25rem 0 0.75rem;
  break-inside: avoid;
  font-size: 0.95em;
}
th, td {
  padding: 0.35rem 0.6rem;
  border-bottom: 0.0625rem solid var(--rule);
  text-align: start;
  vertical-align: top;
}
thead th,
thead td {
  background: var(--accent-soft);
  border-bottom: 0.125rem solid var(--accent);
  font-weight: 600;
  /* Column headings are single words; a narrow preview must not break "Einde" in two. */
  white-space: nowrap;
}
tbody th { font-weight: 400; }
tfoot td, tfoot th { font-weight: 600; border-top: 0.125rem solid var(--rule); border-bottom: 0; }
.rounds tbody th { white-space: nowrap; }
.num { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
.tally .bar { width: 55%; vertical-align: middle; }
.tally svg { display: block; width: 100%; height: 0.9rem; }
.swatch { display: inline-block; vertical-align: -0.1em; margin-inline-end: 0.4rem; }
.chosen { list-style: none; padding: 0; margin: 0 0 0.5rem; display: flex; flex-wrap: wrap; gap: 0.3rem 1.5rem; }
.dilemma {
  margin: 1.5rem 0 2rem;
  padding-inline-start: 1rem;
  border-inline-start: 0.25rem solid var(--accent);
  break-inside: avoid;
}
.dilemma .number { color: var(--muted); margin-inline-end: 0.35rem; }
.harvest ul { margin: 0 0 0.75rem; padding-inline-start: 1.4rem; }
.harvest li { margin-bottom: 0.35rem; white-space: pre-line; }
.colophon {
  margin-top: 3rem;
  padding-top: 0.75rem;
  border-top: 0.0625rem solid var(--rule);
  color: var(--muted);
  font-size: 0.85rem;
}
@page {
  size: A4;
  margin: 18mm 16mm 20mm;
  @bottom-right {
    content: counter(page) " / " counter(pages);
    font-family: "Segoe UI", system-ui, "Noto Sans", "Liberation Sans", Arial, sans-serif;
    font-size: 8pt;
    color: #545b63;
  }
}
@media print {
  body { font-size: 10pt; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .report { max-width: none; padding: 0; }
  h2 { margin-top: 1.75rem; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}
`
