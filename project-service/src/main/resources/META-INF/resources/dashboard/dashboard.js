// Samverkan's reference dashboard. It reads only the public JSON API of both services, with the viewer's bearer
// token, as any other client would; what it shows is described in README.md ("The dashboard").
//
// Settings, all optional, from the address: the token only in the fragment (#token=…, never sent to a server; kept in
// this tab's sessionStorage and removed from the address at once); funding-service's URL as ?funding= or #funding=
// (default: this host on port 8082); the project as ?project=<id> (default: all projects).
import { VIEW_BOX, COUNTY_PATHS } from './counties.js';

const KR = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0, minimumFractionDigits: 0 });
const NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
const PERCENT = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 1 });
const kr = (amount) => KR.format(Number(amount ?? 0));

const PAGE = 200; // the API's largest page
const MAX_PROJECTS = 100; // "all projects" reads the first hundred

const STATUS_COLOURS = { disbursed: '#1f4e79', remaining: '#2e86c1', proposed: '#b35900' }; // ≥ 3:1 on white
const STATUS_LABELS = { disbursed: 'Utbetalt', remaining: 'Beslutat, ej utbetalt', proposed: 'Föreslaget' };
const ROLE_LABELS = { PROCESS_LEADER: 'Processledare', REGIONAL_COORDINATOR: 'Regional samordnare', NATIONAL_COORDINATOR: 'Nationell samordnare' };
const STEP_LABELS = {
  OFFICIAL_MEMO: 'Tjänsteskrivelse', COMMITTEE_PROPOSAL: 'Arbetsutskottets förslag', BOARD_DECISION: 'Kommunstyrelsens beslut',
  BOARD_PROPOSAL: 'Kommunstyrelsens förslag', COUNCIL_DECISION: 'Kommunfullmäktiges beslut', REFERRAL_BACK: 'Återremiss',
};
const VERDICT_LABELS = { APPROVED: 'bifall', REJECTED: 'avslag' };
const RULE_LABELS = {
  MAX_GRANT_RATE: 'Högsta bidragsandel', MIN_CO_FUNDING_RATE: 'Lägsta andel medfinansiering',
  MIN_AMOUNT: 'Lägsta belopp', MAX_AMOUNT: 'Högsta belopp',
};
const WARNING_LABELS = { 'funding-unavailable': 'Projektöversikten kunde inte läsa finansieringen från funding-service.' };
const KIND_LABELS = { CASH: 'kontant', IN_KIND: 'in natura' };
const PROJECT_STATUS_LABELS = {
  PIPELINE: 'planeras', IMPLEMENTATION: 'genomförs', FINALISATION: 'avslutas', CLOSED: 'avslutat', CANCELLED: 'avbrutet', SUSPENDED: 'vilande',
};
const COUNTY_SCALE = ['#f2f2f2', '#6baed6', '#3182bd', '#08519c', '#08306b']; // 0, 1, 2, 3–4, 5+ municipalities

const $ = (id) => document.getElementById(id);
if (typeof Chart !== 'undefined') {
  // the page's own text colour and a readable size for axes and legends
  Chart.defaults.color = '#1a1a1a';
  Chart.defaults.font.size = 13;
}
const charts = [];

// ---------------------------------------------------------------- settings and the token

function readSettings() {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const query = new URLSearchParams(location.search);
  if (fragment.has('token')) {
    sessionStorage.setItem('samverkan.token', fragment.get('token'));
  }
  const funding = fragment.get('funding') || query.get('funding');
  if (funding) {
    sessionStorage.setItem('samverkan.fundingUrl', funding.replace(/\/+$/, ''));
  }
  if (location.hash) {
    // the token must not stay in the address bar, the history or a bookmark
    history.replaceState(null, '', location.pathname + location.search);
  }
  return {
    token: sessionStorage.getItem('samverkan.token'),
    projectUrl: location.origin,
    fundingUrl: sessionStorage.getItem('samverkan.fundingUrl') || `${location.protocol}//${location.hostname}:8082`,
    projectId: query.get('project') || '',
  };
}

class ApiError extends Error {
  constructor(service, status, detail) {
    super(status ? `svarade med HTTP ${status}${detail ? ` (${detail})` : ''}` : 'svarar inte');
    this.service = service;
    this.status = status;
  }
}

function client(service, baseUrl, token) {
  return async (path) => {
    let response;
    try {
      response = await fetch(baseUrl + path, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
    } catch (e) {
      throw new ApiError(service, 0);
    }
    if (!response.ok) {
      let detail = '';
      try { detail = (await response.json()).detail || ''; } catch (e) { /* not problem+json */ }
      throw new ApiError(service, response.status, detail);
    }
    return response.json();
  };
}

/** Every page of a list. */
async function all(get, path) {
  const items = [];
  for (let page = 0; ; page++) {
    const answer = await get(`${path}${path.includes('?') ? '&' : '?'}page=${page}&size=${PAGE}`);
    items.push(...answer.items);
    if (page + 1 >= answer.totalPages) {
      return items;
    }
  }
}

// ---------------------------------------------------------------- reading

async function load(settings) {
  const projects = client('project-service', settings.projectUrl, settings.token);
  const funding = client('funding-service', settings.fundingUrl, settings.token);
  const warnings = [];

  const list = await projects(`/projects?size=${MAX_PROJECTS}&sort=name,asc`);
  const chosen = settings.projectId ? list.items.filter((p) => p.id === settings.projectId) : list.items;
  if (settings.projectId && chosen.length === 0) {
    chosen.push(await projects(`/projects/${encodeURIComponent(settings.projectId)}`));
  }
  if (!settings.projectId && list.totalItems > list.items.length) {
    warnings.push(`Visar de första ${list.items.length} av ${list.totalItems} projekt.`);
  }

  const [overviews, participation] = await Promise.all([
    Promise.all(chosen.map((p) => projects(`/projects/${p.id}/overview`))),
    projects(`/stats/participation${settings.projectId ? `?projectId=${encodeURIComponent(settings.projectId)}` : ''}`),
  ]);
  const overviewWarnings = overviews.flatMap((overview) => (overview.warnings || []).map((w) => ({ ...w,
    text: `${overviews.length > 1 ? `${overview.project.name}: ` : ''}${WARNING_LABELS[w.code] ?? w.message}` })));

  let money = null;
  try {
    const [financings, coFunding] = await Promise.all([
      Promise.all(chosen.map((p) => funding(`/projects/${p.id}/financing`))),
      Promise.all(chosen.map((p) => all(funding, `/co-funding?projectId=${p.id}`))).then((lists) => lists.flat()),
    ]);
    const caseIds = [...new Set(coFunding.map((c) => c.decisionCaseId).filter(Boolean))];
    const cases = await Promise.all(caseIds.map((id) => funding(`/decision-cases/${id}`)));
    money = { financings, coFunding, cases };
  } catch (e) {
    if (!(e instanceof ApiError) || e.service !== 'funding-service') {
      throw e;
    }
    warnings.push(`Finansieringstjänsten (funding-service) ${e.message}: pengar och beslutsärenden kan inte visas just nu; `
      + 'allt annat på sidan är aktuellt.');
  }
  // the overview's own word that funding-service is away says the same as the line above
  warnings.push(...overviewWarnings.filter((w) => !(money === null && w.code === 'funding-unavailable')).map((w) => w.text));
  return { list: list.items, chosen, single: settings.projectId ? chosen[0] : null, overviews, participation, money,
    warnings: [...new Set(warnings)] };
}

// ---------------------------------------------------------------- small builders

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value; else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** A table: columns are [label, value(row), numeric?]. */
let tables = 0;
function table(caption, columns, rows) {
  const id = `table-${++tables}`;
  // a region that may scroll sideways on a phone, so it takes the keyboard's focus (WCAG 2.1.1)
  return el('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': id, tabindex: '0' }, el('table', {},
    el('caption', { id }, caption),
    el('thead', {}, el('tr', {}, columns.map(([label, , numeric]) => el('th', { scope: 'col', class: numeric ? 'num' : null }, label)))),
    el('tbody', {}, rows.map((row) => el('tr', {}, columns.map(([, value, numeric], i) => {
      const cell = value(row);
      return i === 0 ? el('th', { scope: 'row' }, cell) : el('td', { class: numeric ? 'num' : null }, cell);
    }))))));
}

/** The table behind a chart, folded away under the chart. */
function behind(caption, columns, rows) {
  return el('details', {}, el('summary', {}, `Visa som tabell: ${caption.toLowerCase()}`), table(caption, columns, rows));
}

function chart(container, label, config, small = false) {
  const canvas = el('canvas', { role: 'img', 'aria-label': label });
  container.append(el('div', { class: small ? 'chart small' : 'chart' }, canvas));
  if (typeof Chart === 'undefined') {
    canvas.replaceWith(el('p', { class: 'unavailable' }, 'Diagrammet kunde inte ritas; tabellen nedan visar samma siffror.'));
    return;
  }
  config.options = {
    responsive: true, maintainAspectRatio: false, animation: false, locale: 'sv-SE', ...config.options,
  };
  charts.push(new Chart(canvas, config));
}

function unavailable(container, what) {
  container.append(el('p', { class: 'unavailable' }, `${what} kan inte visas: finansieringstjänsten svarar inte just nu.`));
}

const sum = (values) => values.reduce((a, b) => a + Number(b ?? 0), 0);

// ---------------------------------------------------------------- sections

function renderProject(data) {
  const { single } = data;
  $('project-title').textContent = single ? single.name : 'Alla projekt';
  $('project-facts').textContent = single
    ? `${single.code ? `${single.code} · ` : ''}${single.startDate} – ${single.endDate ?? 'tills vidare'} · ${PROJECT_STATUS_LABELS[single.status] ?? single.status}`
    : `${data.chosen.length} projekt`;
  const municipalities = data.participation.totals?.participatingMunicipalities
    ?? sum(data.participation.counties.map((c) => c.participatingMunicipalities));
  const figures = [['Deltagande kommuner', NUMBER.format(municipalities)]];
  if (data.money) {
    const totals = data.money.financings.map((f) => f.totals);
    figures.push(['Beviljade bidrag', kr(sum(totals.map((t) => t.grants?.granted)))]);
    figures.push(['Beslutad medfinansiering', kr(sum(totals.map((t) => Number(t.cash?.approved ?? 0) + Number(t.inKind?.approved ?? 0))))]);
    figures.push(['Utbetalt', kr(sum(totals.map((t) => t.disbursed)))]);
  } else {
    figures.push(['Pengar', 'inte tillgängligt']);
  }
  const fte = sum(data.overviews.map((o) => o.staff?.totalFtePercent));
  figures.push(['Personal (omfattning)', `${NUMBER.format(fte)} %`]);
  $('figures').replaceChildren(...figures.map(([term, value]) => el('div', {}, el('dt', {}, term), el('dd', {}, value))));
}

function renderMoney(data) {
  const box = $('money');
  box.replaceChildren();
  if (!data.money) {
    unavailable(box, 'Pengar per år och finansiär, bidrag och utlysningens villkor');
    return;
  }
  // Co-funding per funder (several projects: the same funder added up)
  const funders = new Map();
  const rows = [];
  for (const financing of data.money.financings) {
    for (const funder of financing.funders) {
      const name = funder.funderName || 'Okänd finansiär';
      const f = funders.get(funder.funderOrganisationId) || { name, approved: 0, disbursed: 0, proposed: 0 };
      for (const part of [funder.cash, funder.inKind]) {
        f.approved += Number(part?.approved ?? 0);
        f.disbursed += Number(part?.disbursed ?? 0);
        f.proposed += Number(part?.proposed ?? 0);
      }
      funders.set(funder.funderOrganisationId, f);
      for (const y of funder.years) {
        rows.push({ year: y.year, funder: name, kind: y.kind, proposed: Number(y.proposed ?? 0), approved: Number(y.approved ?? 0),
          disbursed: Number(y.disbursed ?? 0) });
      }
    }
  }
  box.append(el('h3', {}, 'Medfinansiering per år och finansiär'));
  if (rows.length === 0) {
    box.append(el('p', {}, 'Ingen medfinansiering är registrerad.'));
  } else {
    const years = [...new Set(rows.map((r) => r.year))].sort();
    const names = [...new Set(rows.map((r) => r.funder))];
    const datasets = [];
    for (const name of names) {
      for (const status of ['disbursed', 'remaining', 'proposed']) {
        const values = years.map((year) => sum(rows.filter((r) => r.year === year && r.funder === name)
          .map((r) => (status === 'remaining' ? r.approved - r.disbursed : r[status]))));
        if (values.some((v) => v > 0)) {
          datasets.push({ label: names.length > 1 ? `${name}: ${STATUS_LABELS[status]}` : STATUS_LABELS[status], data: values,
            stack: name, backgroundColor: STATUS_COLOURS[status], borderColor: '#ffffff', borderWidth: 1 });
        }
      }
    }
    chart(box, `Stapeldiagram: medfinansiering per år och finansiär, uppdelad på utbetalt, beslutat och föreslaget. `
      + `Samma siffror finns i tabellen under diagrammet.`, {
      type: 'bar',
      data: { labels: years.map(String), datasets },
      options: {
        scales: { x: { stacked: true }, y: { stacked: true, ticks: { callback: (v) => kr(v) } } },
        plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${kr(c.parsed.y)}` } } },
      },
    });
    box.append(behind('Medfinansiering per år och finansiär', [
      ['År', (r) => r.year], ['Finansiär', (r) => r.funder], ['Slag', (r) => KIND_LABELS[r.kind] ?? r.kind],
      ['Föreslaget', (r) => kr(r.proposed), true], ['Beslutat', (r) => kr(r.approved), true], ['Utbetalt', (r) => kr(r.disbursed), true],
    ], rows.sort((a, b) => a.year - b.year || a.funder.localeCompare(b.funder, 'sv'))));
    box.append(table('Finansiärer', [
      ['Finansiär', (f) => f.name], ['Föreslaget', (f) => kr(f.proposed), true], ['Beslutat', (f) => kr(f.approved), true],
      ['Utbetalt', (f) => kr(f.disbursed), true],
    ], [...funders.values()]));
  }

  const grants = data.money.financings.flatMap((f) => f.grants);
  box.append(el('h3', {}, 'Bidrag'));
  box.append(grants.length === 0 ? el('p', {}, 'Inga bidrag är sökta.') : table('Bidrag per utlysning', [
    ['Utlysning', (g) => g.callTitle], ['Finansiär', (g) => g.funderName || '–'], ['Sökt', (g) => kr(g.requested), true],
    ['Beviljat', (g) => kr(g.granted), true], ['Utbetalt', (g) => kr(g.disbursed), true],
  ], grants));

  const compliance = data.money.financings.flatMap((f) => f.compliance);
  box.append(el('h3', {}, 'Utlysningens villkor'));
  if (compliance.length === 0) {
    box.append(el('p', {}, 'Inget beviljat bidrag med villkor att pröva.'));
    return;
  }
  // the rules overlap (a grant rate too high is co-funding too low), so the gaps are not added up
  const gap = Math.max(0, ...compliance.map((c) => Number(c.gapAmount ?? 0)));
  box.append(el('p', { class: gap > 0 ? 'gap' : 'ok' }, gap > 0
    ? `Projektet uppfyller inte utlysningens villkor: det största gapet är ${kr(gap)}.`
    : 'Projektet uppfyller utlysningens villkor.'));
  const value = (c, v) => (c.rule.endsWith('RATE') ? PERCENT.format(Number(v)) : kr(v));
  box.append(table('Villkor och gap i kronor', [
    ['Villkor', (c) => RULE_LABELS[c.rule] ?? c.rule], ['Gräns', (c) => value(c, c.limit), true],
    ['Projektet', (c) => value(c, c.actual), true],
    ['Uppfyllt', (c) => (c.compliant ? 'ja' : 'nej')], ['Saknas', (c) => kr(c.gapAmount), true],
  ], compliance));
}

function countyFill(count) {
  if (!count) return COUNTY_SCALE[0];
  if (count === 1) return COUNTY_SCALE[1];
  if (count === 2) return COUNTY_SCALE[2];
  return count < 5 ? COUNTY_SCALE[3] : COUNTY_SCALE[4];
}

function renderParticipation(data) {
  const box = $('participation');
  box.replaceChildren();
  const counties = data.participation.counties;
  const byCode = new Map(counties.map((c) => [c.countyCode, c]));
  const total = sum(counties.map((c) => c.participatingMunicipalities));
  const taking = counties.filter((c) => c.participatingMunicipalities > 0);
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', VIEW_BOX);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', 'map-title');
  const title = document.createElementNS(ns, 'title');
  title.id = 'map-title';
  title.textContent = `Karta över Sveriges 21 län: ${total} deltagande kommuner i ${taking.length} län `
    + `(${taking.map((c) => `${c.countyName} ${c.participatingMunicipalities}`).join(', ')}). Tabellen bredvid visar samma siffror.`;
  svg.append(title);
  const labels = [];
  for (const [code, d] of Object.entries(COUNTY_PATHS)) {
    const county = byCode.get(code);
    const count = county?.participatingMunicipalities ?? 0;
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', d);
    path.setAttribute('class', 'county');
    path.setAttribute('fill', countyFill(count));
    path.dataset.county = code;
    const tip = document.createElementNS(ns, 'title');
    tip.textContent = `${county?.countyName ?? `Län ${code}`}: ${count} deltagande kommuner`;
    path.append(tip);
    svg.append(path);
    if (count > 0) labels.push([path, count]);
  }
  const legend = el('ul', { class: 'legend', 'aria-hidden': 'true' },
    [['0', 0], ['1', 1], ['2', 2], ['3–4', 3], ['5 eller fler', 5]].map(([text, n]) => el('li', {},
      el('span', { class: 'swatch', style: `background:${countyFill(n)}` }), `${text} ${n === 1 ? 'kommun' : 'kommuner'}`)));
  box.append(el('div', { class: 'map-layout' }, el('div', {}, svg, legend), table('Deltagande kommuner per län', [
    ['Län', (c) => c.countyName], ['Kommuner', (c) => c.participatingMunicipalities, true],
    ['Planer', (c) => c.adoptedPlans, true], ['I drift', (c) => c.solutionsInOperation, true],
  ], taking)));
  // the number on each county that takes part, once the map is laid out
  requestAnimationFrame(() => {
    for (const [path, count] of labels) {
      const box2 = path.getBBox();
      const text = document.createElementNS(ns, 'text');
      text.setAttribute('x', box2.x + box2.width / 2);
      text.setAttribute('y', box2.y + box2.height / 2);
      text.setAttribute('class', 'county-label');
      text.setAttribute('aria-hidden', 'true');
      text.textContent = count;
      svg.append(text);
    }
  });
  box.append(el('p', {}, taking.length === 0 ? 'Inga kommuner deltar ännu.'
    : 'Planer: kommuner med antagen lokal serviceplan. I drift: servicelösningar i drift.'));
}

function renderPlans(data) {
  const box = $('plans');
  box.replaceChildren();
  const plans = data.overviews.map((o) => o.servicePlans);
  const participating = sum(plans.map((p) => p.participatingMunicipalities));
  const adopted = sum(plans.map((p) => p.municipalitiesWithAdoptedPlan));
  box.append(el('h3', {}, 'Antagna serviceplaner'),
    el('p', {}, `${adopted} av ${participating} deltagande kommuner har antagit en lokal serviceplan.`));
  const counties = data.participation.counties.filter((c) => c.participatingMunicipalities > 0);
  if (counties.length === 0) return;
  chart(box, 'Stapeldiagram: deltagande kommuner och antagna serviceplaner per län. Samma siffror finns i tabellen under diagrammet.', {
    type: 'bar',
    data: {
      labels: counties.map((c) => c.countyName),
      datasets: [
        { label: 'Deltagande kommuner', data: counties.map((c) => c.participatingMunicipalities), backgroundColor: '#1f4e79' },
        { label: 'Antagna serviceplaner', data: counties.map((c) => c.adoptedPlans), backgroundColor: '#b35900' },
      ],
    },
    options: { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  }, true);
  box.append(behind('Serviceplaner per län', [
    ['Län', (c) => c.countyName], ['Deltagande kommuner', (c) => c.participatingMunicipalities, true],
    ['Antagna serviceplaner', (c) => c.adoptedPlans, true],
  ], counties));
}

function renderDecisions(data) {
  const box = $('decisions');
  box.replaceChildren();
  if (!data.money) {
    unavailable(box, 'Beslutsärendena');
    return;
  }
  const names = new Map(data.money.financings.flatMap((f) => f.funders).map((f) => [f.funderOrganisationId, f.funderName]));
  if (data.money.cases.length === 0) {
    box.append(el('p', {}, 'Inga beslutsärenden om medfinansiering är registrerade.'));
    return;
  }
  for (const c of data.money.cases) {
    const coFunding = data.money.coFunding.filter((cf) => cf.decisionCaseId === c.id);
    const items = c.steps.map((s) => {
      const verdict = s.outcome || s.recommendation;
      const decision = s.kind === 'BOARD_DECISION' || s.kind === 'COUNCIL_DECISION';
      const details = [s.body, s.paragraph, verdict ? `${s.outcome ? 'beslut' : 'förslag'}: ${VERDICT_LABELS[verdict] ?? verdict}` : null,
        s.publicNoticeOn ? `protokollet anslaget ${s.publicNoticeOn}` : null].filter(Boolean).join(' · ');
      return el('li', { class: decision ? 'decision' : null }, el('time', { datetime: s.date }, s.date), ' ',
        el('span', { class: 'what' }, STEP_LABELS[s.kind] ?? s.kind), ' ', el('span', { class: 'detail' }, details));
    });
    if (c.appealWindowEndsOn) {
      items.push(el('li', {}, el('time', { datetime: c.appealWindowEndsOn }, c.appealWindowEndsOn), ' ',
        el('span', { class: 'what' }, 'Överklagandetiden går ut'), ' ',
        el('span', { class: 'detail' }, c.appealPending ? 'Ett överklagande prövas' : 'Tre veckor från anslaget')));
    }
    const final = coFunding.length > 0 && coFunding.every((cf) => cf.legallyFinal);
    items.push(el('li', { class: final ? 'final' : 'pending' }, el('span', { class: 'what' }, final ? 'Laga kraft' : 'Inte laga kraft ännu'), ' ',
      el('span', { class: 'detail' }, final ? `Beslutet gäller: ${kr(sum(coFunding.map((cf) => cf.totalAmount)))}` : (c.nextStep ? `Nästa steg: ${STEP_LABELS[c.nextStep] ?? c.nextStep}` : ''))));
    box.append(el('article', { class: 'case' },
      el('h3', {}, `${names.get(c.organisationId) || 'Kommun'} · ${c.caseNumber ?? 'ärende'}`),
      el('p', {}, c.subject),
      el('ol', { class: 'timeline', 'aria-label': `Ärendets gång: ${c.caseNumber ?? ''}` }, items)));
  }
}

function renderStaff(data) {
  const box = $('staff');
  box.replaceChildren();
  const roles = new Map();
  for (const overview of data.overviews) {
    for (const [role, r] of Object.entries(overview.staff?.byRole ?? {})) {
      const total = roles.get(role) || { role, people: 0, assignments: 0, ftePercent: 0 };
      total.people += r.people;
      total.assignments += r.assignments;
      total.ftePercent += r.ftePercent;
      roles.set(role, total);
    }
  }
  const rows = [...roles.values()];
  if (rows.length === 0) {
    box.append(el('p', {}, 'Ingen personal är registrerad.'));
    return;
  }
  box.append(el('p', {}, 'Antal personer och summan av deras tjänstgöringsgrad per roll; inga namn eller kontaktuppgifter.'));
  chart(box, 'Stapeldiagram: tjänstgöringsgrad i procent per roll. Samma siffror finns i tabellen under diagrammet.', {
    type: 'bar',
    data: {
      labels: rows.map((r) => ROLE_LABELS[r.role] ?? r.role),
      datasets: [{ label: 'Tjänstgöringsgrad (%)', data: rows.map((r) => r.ftePercent), backgroundColor: '#1f4e79' }],
    },
    options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { callback: (v) => `${v} %` } } } },
  }, true);
  box.append(behind('Personal per roll', [
    ['Roll', (r) => ROLE_LABELS[r.role] ?? r.role], ['Personer', (r) => r.people, true], ['Uppdrag', (r) => r.assignments, true],
    ['Tjänstgöringsgrad', (r) => `${NUMBER.format(r.ftePercent)} %`, true],
  ], rows));
}

function renderWarnings(warnings) {
  $('warnings').hidden = warnings.length === 0;
  $('warning-list').replaceChildren(...warnings.map((w) => el('li', {}, w)));
}

function renderPicker(data, settings) {
  const select = $('project');
  select.replaceChildren(el('option', { value: '' }, 'Alla projekt'),
    ...data.list.map((p) => el('option', { value: p.id, selected: p.id === settings.projectId }, p.name)));
  $('picker').hidden = false;
}

// ---------------------------------------------------------------- the page

function askForToken(reason) {
  $('content').hidden = true;
  $('sign-in').hidden = false;
  if (reason) $('sign-in-reason').textContent = reason;
  $('status').textContent = 'Ingen giltig token.';
}

async function show(settings) {
  charts.splice(0).forEach((c) => c.destroy());
  $('status').textContent = 'Läser in…';
  try {
    const data = await load(settings);
    renderPicker(data, settings);
    renderWarnings(data.warnings);
    renderProject(data);
    renderMoney(data);
    renderParticipation(data);
    renderPlans(data);
    renderDecisions(data);
    renderStaff(data);
    $('content').hidden = false;
    document.body.dataset.loaded = 'true';
    $('status').textContent = `Uppdaterad ${new Date().toLocaleString('sv-SE')}.`;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      sessionStorage.removeItem('samverkan.token');
      askForToken('Token saknas, är ogiltig eller har gått ut. Öppna en ny länk från ./samverkan up eller klistra in en ny token.');
      return;
    }
    renderWarnings([e instanceof ApiError && e.service === 'project-service'
      ? `Projekttjänsten (project-service) ${e.message}. Försök igen om en stund.`
      : `Något gick fel: ${e.message}`]);
    $('status').textContent = 'Sidan kunde inte läsas in helt.';
    document.body.dataset.loaded = 'error';
  }
}

const settings = readSettings();
$('project').addEventListener('change', (event) => {
  settings.projectId = event.target.value;
  const query = new URLSearchParams(location.search);
  if (settings.projectId) query.set('project', settings.projectId); else query.delete('project');
  history.replaceState(null, '', `${location.pathname}${query.size ? `?${query}` : ''}`);
  show(settings);
});
$('sign-in').addEventListener('submit', (event) => {
  event.preventDefault();
  settings.token = $('token').value.trim();
  sessionStorage.setItem('samverkan.token', settings.token);
  $('sign-in').hidden = true;
  show(settings);
});
if (settings.token) {
  show(settings);
} else {
  askForToken();
}
