/**
 * The report's stylesheet, inlined into every HTML file (no network, no external fonts). System
 * font stacks, a restrained palette, and for every annotation a cue besides colour: entity types
 * each have their own underline style and a visible type label, quotes a left rule and the speaker's
 * name, dates a dotted underline and their normalised value on hover and focus.
 */
export const REPORT_CSS = `
:root{--ink:#1d232b;--muted:#5b6573;--rule:#dde1e6;--paper:#fff;--wash:#f6f7f9;--accent:#2952a3;
--per:#8a3b12;--org:#1f5f8b;--gpe:#2e6b35;--norp:#6b3f8f;--other:#6d5a12;--quote:#b5447a;--date:#0f6e6e}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--wash);color:var(--ink);font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,\
"Helvetica Neue",Arial,sans-serif}
main{max-width:72rem;margin:0 auto;padding:1.5rem 1rem 4rem}
h1,h2,h3{line-height:1.25;font-family:Georgia,"Times New Roman",serif;font-weight:600}
h1{font-size:1.9rem;margin:.2rem 0 .4rem}
h2{font-size:1.35rem;margin:2rem 0 .75rem;padding-bottom:.3rem;border-bottom:1px solid var(--rule)}
h3{font-size:1.05rem;margin:1.1rem 0 .4rem}
a{color:var(--accent)}
a:focus-visible,[tabindex]:focus-visible,summary:focus-visible{outline:3px solid var(--accent);outline-offset:2px;\
border-radius:2px}
.lede{color:var(--muted);margin:0 0 1rem}
.card{background:var(--paper);border:1px solid var(--rule);border-radius:8px;padding:1rem 1.1rem;margin:0 0 1rem}
.meta{color:var(--muted);font-size:.9rem;margin:.1rem 0 .8rem;overflow-wrap:anywhere}
.cols{display:grid;grid-template-columns:minmax(0,1fr);gap:1.25rem}
@media (min-width:56rem){.cols{grid-template-columns:minmax(0,1fr) 20rem}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Times New Roman",serif;font-size:1.05rem;\
line-height:1.75}
.panel{font-size:.92rem;align-self:start}
.panel h3:first-child,.card>h3:first-child{margin-top:0}
.panel ul,.list{list-style:none;margin:0;padding:0}
.panel li{margin:.35rem 0;overflow-wrap:anywhere}
.bp{color:#9aa3ad}
.ann{position:relative;background:none;color:inherit;border-radius:2px;cursor:help}
.ent{border-bottom:2px solid currentColor;padding:0 1px}
.ent>.lbl{font:600 .62rem/1 system-ui,sans-serif;letter-spacing:.04em;margin-left:3px;padding:1px 3px;\
border-radius:3px;background:var(--wash);border:1px solid currentColor;vertical-align:.15em;white-space:nowrap}
.t-PERSON{color:var(--per);border-bottom-style:solid}
.t-ORG{color:var(--org);border-bottom-style:double;border-bottom-width:3px}
.t-GPE,.t-LOC,.t-FAC{color:var(--gpe);border-bottom-style:dashed}
.t-NORP{color:var(--norp);border-bottom-style:dotted}
.t-PRODUCT,.t-EVENT,.t-LAW,.t-WORK_OF_ART{color:var(--other);border-bottom-style:dotted;border-bottom-width:3px}
.quote{background:#fbf1f6;box-shadow:inset 3px 0 0 var(--quote);padding:1px 2px 1px 6px}
.quote.cont{box-shadow:none;padding-left:2px}
.who{font:600 .7rem/1 system-ui,sans-serif;color:var(--quote);background:var(--paper);border:1px solid var(--quote);\
border-radius:999px;padding:1px 6px;margin-right:4px;vertical-align:.12em;white-space:nowrap}
.date{border-bottom:2px dotted var(--date);color:var(--date)}
.tip{display:none;position:absolute;left:0;top:100%;z-index:5;margin-top:4px;min-width:12rem;max-width:min(22rem,\
80vw);padding:.35rem .5rem;background:var(--ink);color:#fff;font:400 .8rem/1.35 system-ui,sans-serif;\
border-radius:4px;white-space:normal}
.ann:hover>.tip,.ann:focus>.tip,.ann:focus-within>.tip{display:block}
.jump{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0 0}
.jump a{font-size:.85rem;text-decoration:none;border:1px solid var(--rule);background:var(--paper);\
border-radius:999px;padding:.2rem .7rem}
.jump a:hover{border-color:var(--accent)}
.legend{display:flex;flex-wrap:wrap;gap:.4rem .9rem;font-size:.85rem;margin:.2rem 0 1rem;padding:0;list-style:none}
.kind{font-size:.75rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.statement{border-left:3px solid var(--rule);padding:.1rem 0 .1rem .8rem;margin:.5rem 0 .9rem}
.statement.shared{border-left-color:var(--quote);background:linear-gradient(90deg,#fdf5f9,transparent 70%);\
padding:.4rem .6rem .4rem .8rem}
.reach{margin:0 0 .35rem;font-size:.82rem;color:var(--muted)}.reach strong{color:var(--quote)}
.versions{list-style:none;margin:0;padding:0}
.versions li{margin:.15rem 0 .45rem;overflow-wrap:anywhere}
.said{font-family:Georgia,"Times New Roman",serif;font-size:1.02rem}
.source{display:block;font-size:.8rem;color:var(--muted)}.source a{color:var(--muted)}
.outlet{display:inline-block;min-width:7rem;font-weight:600;color:var(--muted)}
ins{text-decoration:underline 2px var(--quote);background:#fdf3f8;color:inherit}
.timeline{list-style:none;margin:0;padding:0 0 0 1rem;border-left:2px solid var(--rule)}
.timeline>li{position:relative;margin:0 0 1rem;padding-left:.6rem}
.timeline>li::before{content:"";position:absolute;left:-1.45rem;top:.5rem;width:.7rem;height:.7rem;border-radius:50%;\
background:var(--date)}
.unplaced>li::before{background:var(--rule)}
.when{font-weight:600}
.value{font:500 .8rem/1 ui-monospace,SFMono-Regular,Menlo,monospace;color:var(--date);margin-left:.4rem}
.mentions{list-style:none;margin:.2rem 0 0;padding:0;font-size:.92rem}
.mentions li{margin:.2rem 0;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--rule);vertical-align:top;\
overflow-wrap:anywhere}
th{font-weight:600;color:var(--muted)}
.scroll{overflow-x:auto}
details>summary{cursor:pointer;font-weight:600;padding:.3rem 0}
@media (max-width:30rem){thead{display:none}tr{display:block;padding:.45rem 0;border-bottom:1px solid var(--rule)}
th,td{display:inline-block;border:0;padding:0 .6rem 0 0;overflow-wrap:normal}th[scope=row],td.roles{display:block}
td[data-label]::before{content:attr(data-label) " ";color:var(--muted);font-size:.8rem}td.roles:empty{display:none}}
@media (max-width:30rem){body{font-size:15px}main{padding:1rem .6rem 3rem}h1{font-size:1.5rem}.outlet{min-width:0;\
display:block}.card{padding:.8rem}}
`;

/**
 * What only the story report adds: the filter form, collapsible sections, the line under each wording
 * (speaker, verb, outlet, date, links), compact undated dates, subdued type badges in article panels,
 * and table headers that never break inside a word.
 */
export const STORY_CSS = `
.filters{display:flex;flex-wrap:wrap;gap:.5rem .9rem;align-items:flex-end;margin:1rem 0;padding:.7rem 1rem}
.filters label{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted);gap:.15rem}
.filters input,.filters select,.filters button{font:inherit;font-size:.92rem;color:var(--ink);padding:.3rem .4rem;
border:1px solid var(--rule);border-radius:6px;background:var(--paper);max-width:16rem}
.filters input{width:14rem}
.filters button{cursor:pointer}
.filters p{flex-basis:100%;margin:0}
.filters :focus-visible{outline:3px solid var(--accent);outline-offset:1px}
[hidden]{display:none!important}
section>details>summary{list-style:none;display:flex;align-items:baseline;gap:.5rem}
section>details>summary::-webkit-details-marker{display:none}
section>details>summary::before{content:"▸";color:var(--muted);transform:translateY(-.1rem)}
section>details[open]>summary::before{content:"▾"}
section>details>summary>h2{flex:1}
.source .speaker{font-weight:600;color:var(--ink)}
.source .outlet{display:inline;min-width:0;font-weight:600}
.nodate{font-style:italic}
.unplaced{list-style:none;margin:0;padding:0;font-size:.92rem}
.unplaced>li{margin:.3rem 0;overflow-wrap:anywhere}
.unplaced .m{margin-right:.6rem;color:var(--muted)}
.unplaced .m .outlet{min-width:0;display:inline;font-weight:500}
.articles li{margin:.3rem 0;overflow-wrap:anywhere}
thead th{white-space:nowrap;overflow-wrap:normal;word-break:keep-all}
.panel .ent>.lbl{color:var(--muted);border-color:var(--rule);background:none;font-weight:500}
.panel .ent{border-bottom-width:1px}
.cut{font-style:italic}
.more>summary{font-size:.82rem;color:var(--accent);cursor:pointer;margin:.1rem 0 .3rem}
[data-speaker-card],details.article{content-visibility:auto;contain-intrinsic-size:auto 600px}
@media (max-width:30rem){.filters label{flex:1 1 40%}.filters input,.filters select{max-width:none;width:100%}}
`;
