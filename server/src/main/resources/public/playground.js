// The coachlogic playground: a form built from the facts JSON Schema, advice from POST /v1/advice as you
// type, and fixtures for `coach test`. Plain browser JavaScript, no build step, nothing loaded from
// elsewhere. Every check of the facts is the service's: the page shows the service's problems at the
// fields their JSON paths name, and never validates or defaults anything on its own.
'use strict';

const API = {
  schema: 'schemas/facts.schema.json',
  advice: 'v1/advice',
  ruleSet: 'v1/rule-set',
  rules: 'v1/rules',
  examples: 'examples/clients/',
  examplesIndex: 'examples/clients/README.md',
};
const DEBOUNCE_MS = 300;

const TEXT = {
  en: {
    skip: 'Skip to the advice', apiKey: 'API key', apiKeyHint: 'Only when the service asks for one; sent as X-API-Key, kept in this page only.',
    needsKey: 'The service asks for an API key: enter it at the top of the page.', title: 'coachlogic playground', language: 'Language', facts: 'Client facts',
    examples: 'Load an example client:', clear: 'Clear the form', fixtureName: 'Fixture name', saveGroup: 'Save the case',
    saveFixture: 'Save as fixture', copyFacts: 'Copy facts JSON', factsJson: 'Facts JSON', advice: 'Advice',
    withheld: 'Withheld', assessment: 'STarT Back assessment', loadingSchema: 'Loading the facts schema…',
    unknownHint: 'A field left empty is unknown: coachlogic never reads it as good or as bad.',
    unknown: 'unknown', yes: 'yes', no: 'no', rule: 'rule', item: 'Item', because: 'Because', sources: 'Sources',
    withheldBy: 'withheld by', nothingWithheld: 'Nothing is withheld.', noAssessment: 'No screening answered.',
    noRecommendations: 'No rule applied to these facts.', evaluating: 'Updating the advice…',
    shown: (n, w) => `${n} shown, ${w} withheld.`,
    invalid: n => `No advice: the facts have ${n} problem${n === 1 ? '' : 's'}, shown at ${n === 1 ? 'its field' : 'their fields'}.`,
    incomplete: 'This advice is INCOMPLETE: the evaluation did not finish, so some recommendations may be missing. Do not act on it as if it were complete.',
    score: 'Total score', psychosocial: 'Psychosocial subscale', risk: 'Risk',
    ruleSet: (name, version, packs) => `Rule set ${name} ${version}` + (packs ? `; packs: ${packs}` : '; no packs'),
    unmapped: 'These properties are not in the facts schema and were not loaded:',
    saved: file => `Saved ${file}.`, savedInvalid: file => `Saved ${file}: a fixture that expects these problems.`,
    notSavedIncomplete: 'Not saved: the advice is incomplete, so it is no expectation to test against.',
    notSavedService: 'Not saved: the service did not answer with advice or with problems in the facts.',
    copied: 'Facts JSON copied.', copyFailed: 'Could not copy; the facts JSON is shown below.',
    serviceError: status => `The service answered ${status}.`, loaded: name => `Loaded ${name}.`,
    defaultFixtureName: 'a case from the playground',
  },
  de: {
    skip: 'Zur Empfehlung springen', apiKey: 'API-Schlüssel', apiKeyHint: 'Nur wenn der Dienst einen verlangt; wird als X-API-Key gesendet und nur in dieser Seite gehalten.',
    needsKey: 'Der Dienst verlangt einen API-Schlüssel: oben auf der Seite eingeben.', title: 'coachlogic-Spielwiese', language: 'Sprache', facts: 'Angaben zur Person',
    examples: 'Beispiel laden:', clear: 'Formular leeren', fixtureName: 'Name der Testdatei', saveGroup: 'Den Fall speichern',
    saveFixture: 'Als Testfall speichern', copyFacts: 'Angaben als JSON kopieren', factsJson: 'Angaben als JSON',
    advice: 'Empfehlungen', withheld: 'Zurückgehalten', assessment: 'STarT-Back-Auswertung',
    loadingSchema: 'Das Schema der Angaben wird geladen…',
    unknownHint: 'Ein leeres Feld gilt als unbekannt: coachlogic liest es weder als gut noch als schlecht.',
    unknown: 'unbekannt', yes: 'ja', no: 'nein', rule: 'Regel', item: 'Frage', because: 'Weil', sources: 'Quellen',
    withheldBy: 'zurückgehalten wegen', nothingWithheld: 'Nichts wird zurückgehalten.',
    noAssessment: 'Kein Fragebogen beantwortet.', noRecommendations: 'Keine Regel trifft auf diese Angaben zu.',
    evaluating: 'Die Empfehlungen werden aktualisiert…',
    shown: (n, w) => `${n} angezeigt, ${w} zurückgehalten.`,
    invalid: n => `Keine Empfehlungen: die Angaben haben ${n} Fehler, am jeweiligen Feld gezeigt.`,
    incomplete: 'Diese Empfehlungen sind UNVOLLSTÄNDIG: die Auswertung wurde nicht beendet, es können Empfehlungen fehlen. Nicht so handeln, als wären sie vollständig.',
    score: 'Gesamtwert', psychosocial: 'Psychosoziale Teilskala', risk: 'Risiko',
    ruleSet: (name, version, packs) => `Regelwerk ${name} ${version}` + (packs ? `; Pakete: ${packs}` : '; keine Pakete'),
    unmapped: 'Diese Eigenschaften stehen nicht im Schema der Angaben und wurden nicht geladen:',
    saved: file => `${file} gespeichert.`, savedInvalid: file => `${file} gespeichert: ein Testfall, der diese Fehler erwartet.`,
    notSavedIncomplete: 'Nicht gespeichert: die Empfehlungen sind unvollständig und taugen nicht als Erwartung.',
    notSavedService: 'Nicht gespeichert: der Dienst antwortete weder mit Empfehlungen noch mit Fehlern in den Angaben.',
    copied: 'Angaben als JSON kopiert.', copyFailed: 'Kopieren ging nicht; das JSON steht unten.',
    serviceError: status => `Der Dienst antwortete ${status}.`, loaded: name => `${name} geladen.`,
    defaultFixtureName: 'ein Fall aus der Spielwiese',
  },
};

const state = {
  locale: 'en',
  schema: null,
  fields: [],          // every leaf control: {path, kind, element(s), schema}
  rules: {},           // id -> rule listing entry (for the summaries of withheld recommendations)
  examples: [],
  advice: null,        // the last advice shown
  serviceProblem: null, // what the service said when it answered with neither advice nor problems in the facts
  violations: [],      // problems with the current facts, [] when they are valid
  sequence: 0,
  timer: null,
  exampleName: null,
};

const $ = id => document.getElementById(id);
const t = key => TEXT[state.locale][key];

// ---------------------------------------------------------------------------------------------------
// The schema and the form built from it

function resolve(schema) {
  let s = schema;
  for (let guard = 0; s && s.$ref && guard < 32; guard++) {
    s = s.$ref.split('/').slice(1).reduce((node, key) => node && node[decodeURIComponent(key)], state.schema);
  }
  if (s && (s.anyOf || s.oneOf)) {
    const options = (s.anyOf || s.oneOf).map(resolve).filter(o => o && o.type !== 'null');
    if (options.length === 1) return Object.assign({}, s, options[0], {anyOf: undefined, oneOf: undefined});
  }
  return s || {};
}

function typeOf(schema) {
  const type = Array.isArray(schema.type) ? schema.type.filter(x => x !== 'null')[0] : schema.type;
  if (type) return type;
  if (schema.properties) return 'object';
  if (schema.enum) return 'string';
  return 'string';
}

function enumOf(schema) {
  return schema.enum ? schema.enum.filter(v => v !== null) : null;
}

function humanise(name) {
  const words = String(name).replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function controlId(path) {
  return 'f' + path.slice(1).replace(/[^A-Za-z0-9]+/g, '_');
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

function errorSlot(path) {
  return el('p', {class: 'error', id: controlId(path) + '__error', 'data-error-for': path});
}

function buildForm() {
  const root = resolve(state.schema);
  const sections = $('form-sections');
  sections.replaceChildren();
  state.fields = [];
  for (const [name, property] of Object.entries(root.properties || {})) {
    sections.append(buildNode('$.' + name, name, resolve(property), (root.required || []).includes(name)));
  }
}

function buildNode(path, name, schema, required) {
  const type = typeOf(schema);
  if (type === 'object') return buildObject(path, name, schema, required);
  if (type === 'array') {
    const items = schema.prefixItems || (Array.isArray(schema.items) ? schema.items : null);
    if (items) return buildTuple(path, name, schema, items.map(resolve), required);
    const item = resolve(schema.items || {});
    if (enumOf(item)) return buildChoices(path, name, schema, enumOf(item), required);
  }
  return buildLeaf(path, name, schema, required);
}

function titleOf(name, schema, required) {
  return (schema.title || humanise(name)) + (required ? ' *' : '');
}

function describe(schema) {
  const parts = [];
  if (schema.description) parts.push(schema.description);
  const range = [];
  if (schema.minimum !== undefined && schema.maximum !== undefined) range.push(`${schema.minimum} – ${schema.maximum}`);
  else if (schema.minimum !== undefined) range.push(`≥ ${schema.minimum}`);
  else if (schema.maximum !== undefined) range.push(`≤ ${schema.maximum}`);
  if (typeOf(schema) === 'integer') range.push('whole number');
  if (range.length) parts.push('(' + range.join(', ') + ')');
  return parts.join(' ');
}

function buildObject(path, name, schema, required) {
  const fieldset = el('fieldset', {id: controlId(path), 'data-path': path},
      el('legend', {text: titleOf(name, schema, required)}));
  if (schema.description) fieldset.append(el('p', {class: 'section-description', text: schema.description}));
  fieldset.append(errorSlot(path));
  for (const [child, property] of Object.entries(schema.properties || {})) {
    fieldset.append(buildNode(path + '.' + child, child, resolve(property), (schema.required || []).includes(child)));
  }
  return fieldset;
}

function buildChoices(path, name, schema, values, required) {
  const fieldset = el('fieldset', {class: 'choices-group', id: controlId(path), 'data-path': path},
      el('legend', {text: titleOf(name, schema, required)}));
  if (schema.description) fieldset.append(el('p', {class: 'section-description', text: schema.description}));
  const box = el('div', {class: 'choices'});
  const inputs = [];
  for (const value of values) {
    const id = controlId(path) + '__' + value;
    const input = el('input', {type: 'checkbox', id, value, 'data-path': path});
    inputs.push(input);
    box.append(el('label', {for: id}, input, document.createTextNode(' ' + humanise(value))));
  }
  fieldset.append(box, errorSlot(path));
  state.fields.push({path, kind: 'choices', inputs, schema});
  return fieldset;
}

function buildTuple(path, name, schema, items, required) {
  const fieldset = el('fieldset', {id: controlId(path), 'data-path': path},
      el('legend', {text: titleOf(name, schema, required)}));
  if (schema.description) fieldset.append(el('p', {class: 'section-description', text: schema.description}));
  fieldset.append(errorSlot(path));
  const grid = el('div', {class: 'answers'});
  const slots = [];
  items.forEach((item, index) => {
    const itemPath = `${path}[${index}]`;
    const wrapper = el('div', {class: 'answer'});
    const control = buildControl(itemPath, item);
    const label = el('label', {for: control.id, 'data-i18n-item': index + 1, text: `${t('item')} ${index + 1}`});
    wrapper.append(label, document.createTextNode(' '), control, errorSlot(itemPath));
    grid.append(wrapper);
    slots.push({path: itemPath, kind: controlKind(item), element: control, schema: item});
  });
  fieldset.append(grid);
  state.fields.push({path, kind: 'tuple', slots, schema});
  return fieldset;
}

function controlKind(schema) {
  if (enumOf(schema)) return 'enum';
  const type = typeOf(schema);
  if (type === 'boolean') return 'boolean';
  if (type === 'integer' || type === 'number') return 'number';
  if (type === 'array' || type === 'object') return 'json';
  return 'text';
}

function buildControl(path, schema) {
  const id = controlId(path);
  const kind = controlKind(schema);
  const common = {id, 'data-path': path, 'aria-describedby': id + '__error'};
  if (kind === 'enum' || kind === 'boolean') {
    const select = el('select', common);
    select.append(el('option', {value: '', 'data-i18n': 'unknown', text: t('unknown')}));
    if (kind === 'boolean') {
      select.append(el('option', {value: 'true', 'data-i18n': 'yes', text: t('yes')}),
          el('option', {value: 'false', 'data-i18n': 'no', text: t('no')}));
    } else {
      for (const value of enumOf(schema)) select.append(el('option', {value, text: humanise(value)}));
    }
    return select;
  }
  return el('input', Object.assign(common, {type: 'text', size: kind === 'text' || kind === 'json' ? 24 : 8,
    inputmode: kind === 'number' ? 'decimal' : undefined, spellcheck: 'false', autocomplete: 'off'}));
}

function buildLeaf(path, name, schema, required) {
  const control = buildControl(path, schema);
  const description = describe(schema);
  if (description) control.setAttribute('aria-describedby', control.id + '__error ' + control.id + '__description');
  const row = el('div', {class: 'field'},
      el('label', {for: control.id, text: titleOf(name, schema, required)}), control);
  if (description) row.append(el('p', {class: 'description', id: control.id + '__description', text: description}));
  row.append(errorSlot(path));
  state.fields.push({path, kind: controlKind(schema), element: control, schema});
  return row;
}

// ---------------------------------------------------------------------------------------------------
// Between the form and a facts document

function readControl(kind, element) {
  const raw = element.value;
  if (kind === 'enum' || kind === 'text') return raw === '' ? undefined : raw;
  if (kind === 'boolean') return raw === '' ? undefined : raw === 'true';
  const trimmed = raw.trim();
  if (trimmed === '') return undefined;
  if (kind === 'number' && /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(trimmed)) return JSON.parse(trimmed);
  if (kind === 'json') {
    try { return JSON.parse(trimmed); } catch (e) { return trimmed; }
  }
  return trimmed; // not a number: sent as typed, so the service names the problem at this field
}

function writeControl(kind, element, value) {
  if (value === undefined || value === null) element.value = '';
  else if (kind === 'json' && typeof value !== 'string') element.value = JSON.stringify(value);
  else element.value = String(value);
  if (element.tagName === 'SELECT' && value !== undefined && value !== null && element.value !== String(value)) {
    return false; // not one of the options: reported to the person as not loaded
  }
  return true;
}

function setAt(target, path, value) {
  const keys = path.slice(2).split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = node[key] = node[key] || {};
  node[keys[keys.length - 1]] = value;
}

function getAt(source, path) {
  return path.slice(2).split('.').reduce((node, key) => node == null ? undefined : node[key], source);
}

function collectFacts() {
  const facts = {};
  for (const field of state.fields) {
    let value;
    if (field.kind === 'choices') {
      const checked = field.inputs.filter(i => i.checked).map(i => i.value);
      value = checked.length ? checked : undefined;
    } else if (field.kind === 'tuple') {
      const values = field.slots.map(slot => readControl(slot.kind, slot.element));
      value = values.some(v => v !== undefined) ? values.map(v => v === undefined ? null : v) : undefined;
    } else {
      value = readControl(field.kind, field.element);
    }
    if (value !== undefined) setAt(facts, field.path, value);
  }
  return facts;
}

function loadFacts(facts) {
  const unmapped = [];
  const known = new Set();
  for (const field of state.fields) {
    known.add(field.path);
    const value = getAt(facts, field.path);
    if (field.kind === 'choices') {
      const values = Array.isArray(value) ? value : [];
      field.inputs.forEach(i => { i.checked = values.includes(i.value); });
      values.filter(v => !field.inputs.some(i => i.value === v)).forEach((v, i) => unmapped.push(`${field.path}: ${JSON.stringify(v)}`));
    } else if (field.kind === 'tuple') {
      const values = Array.isArray(value) ? value : [];
      field.slots.forEach((slot, i) => {
        if (!writeControl(slot.kind, slot.element, values[i])) unmapped.push(`${slot.path}: ${JSON.stringify(values[i])}`);
      });
      if (values.length > field.slots.length) unmapped.push(`${field.path}[${field.slots.length}…]`);
    } else if (!writeControl(field.kind, field.element, value)) {
      unmapped.push(`${field.path}: ${JSON.stringify(value)}`);
    }
  }
  // Anything in the document that no field holds is named, never dropped in silence.
  (function walk(node, path) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      if (!known.has(path) && node !== null) unmapped.push(path);
      return;
    }
    if (known.has(path)) return;
    for (const [key, value] of Object.entries(node)) walk(value, path + '.' + key);
  })(facts, '$');
  return unmapped;
}

// ---------------------------------------------------------------------------------------------------
// Talking to the service

/** fetch, with the API key when one is entered (the service asks for one unless it runs with --dev-no-auth). */
function call(url, options = {}) {
  const key = $('api-key').value.trim();
  const headers = Object.assign({}, options.headers || {}, key ? {'X-API-Key': key} : {});
  return fetch(url, Object.assign({}, options, {headers}));
}

function scheduleEvaluation() {
  clearTimeout(state.timer);
  state.sequence++; // an answer still on its way is for older facts: it will be dropped
  document.body.dataset.state = 'pending';
  state.timer = setTimeout(evaluate, DEBOUNCE_MS);
}

async function evaluate() {
  const sequence = ++state.sequence;
  const facts = collectFacts();
  $('facts-json').textContent = JSON.stringify(facts, null, 2);
  $('advice-status').textContent = t('evaluating');
  document.body.dataset.state = 'pending';
  let response, body;
  try {
    response = await call(`${API.advice}?locale=${state.locale}`, {
      method: 'POST', headers: {'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json'},
      body: JSON.stringify(facts),
    });
    body = await response.json().catch(() => null);
  } catch (e) {
    if (sequence === state.sequence) finish(null, [], String(e));
    return;
  }
  if (sequence !== state.sequence) return; // a newer edit has already been sent
  const violations = response.status === 400 ? problemViolations(body) : [];
  if (response.ok && body) {
    finish(body, [], null);
  } else if (violations.length) {
    finish(null, violations, null);
  } else if (response.status === 401 || response.status === 403) {
    finish(null, [], t('needsKey'));
  } else {
    finish(null, [], (body && (body.detail || body.title)) || t('serviceError')(response.status));
  }
}

/** The problems of a problem+json answer, each {path, message}. */
function problemViolations(problem) {
  if (!problem || typeof problem !== 'object') return [];
  const list = problem.violations || problem.errors || problem.problems || [];
  return Array.isArray(list)
      ? list.filter(v => v && typeof v === 'object').map(v => ({path: String(v.path || v.pointer || '$'), message: String(v.message || v.detail || '')}))
      : [];
}

/**
 * Shows an answer: advice, or the problems with the facts (violations), or a problem of the service itself
 * (serviceProblem: no key, overloaded, unreachable), which says nothing about the facts.
 */
function finish(advice, violations, serviceProblem) {
  state.violations = violations;
  state.serviceProblem = serviceProblem;
  // Advice is only ever shown for the facts in the form: with problems, the cards go rather than stand
  // next to facts they were not given for.
  state.advice = advice;
  showViolations(violations);
  if (serviceProblem) $('form-problems').append(el('p', {text: serviceProblem}));
  renderAdvice();
  const evaluations = Number(document.body.dataset.evaluations || 0) + 1;
  document.body.dataset.evaluations = String(evaluations);
  document.body.dataset.state = serviceProblem ? 'failed' : violations.length ? 'invalid' : 'ready';
}

// ---------------------------------------------------------------------------------------------------
// Showing problems where they belong

function slotFor(path) {
  // The nearest field or section that the path names: $.redFlags[0] -> $.redFlags, $.x.y -> $.x.
  for (let p = path; p; p = parentPath(p)) {
    const slot = document.querySelector(`[data-error-for="${CSS.escape(p)}"]`);
    if (slot) return {slot, path: p};
  }
  return {slot: null, path: '$'};
}

function parentPath(path) {
  if (path === '$') return null;
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? '$' : path.slice(0, cut);
}

function showViolations(violations) {
  document.querySelectorAll('[data-error-for]').forEach(slot => { slot.textContent = ''; });
  document.querySelectorAll('[aria-invalid]').forEach(node => node.removeAttribute('aria-invalid'));
  const general = $('form-problems');
  general.replaceChildren();
  for (const violation of violations) {
    const {slot, path} = slotFor(violation.path);
    const text = violation.path === path ? violation.message : `${violation.path}: ${violation.message}`;
    if (slot) {
      slot.textContent = slot.textContent ? slot.textContent + ' ' + text : text;
      const control = document.getElementById(controlId(path));
      if (control) control.setAttribute('aria-invalid', 'true');
    } else {
      general.append(el('p', {text: `${violation.path}: ${violation.message}`}));
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// The advice

function renderAdvice() {
  const advice = state.advice;
  const list = $('recommendations');
  const withheld = $('withheld');
  const assessments = $('assessments');
  const incomplete = $('incomplete');
  list.replaceChildren();
  withheld.replaceChildren();
  assessments.replaceChildren();
  incomplete.hidden = true;
  if (!advice) {
    const count = state.violations.length;
    $('advice-status').textContent = state.serviceProblem || (count ? t('invalid')(count) : '');
    return;
  }
  const recommendations = advice.recommendations || [];
  const suppressed = advice.suppressed || [];
  $('advice-status').textContent = t('shown')(recommendations.length, suppressed.length);
  if (advice.complete === false) {
    incomplete.hidden = false;
    incomplete.replaceChildren(el('p', {text: t('incomplete')}));
    if (advice.failure) incomplete.append(el('p', {text: failureText(advice.failure)}));
  } else {
    incomplete.hidden = true;
    incomplete.replaceChildren();
  }
  if (!recommendations.length) list.append(el('li', {class: 'hint', text: t('noRecommendations')}));
  recommendations.forEach(r => list.append(card(r)));
  if (!suppressed.length) withheld.append(el('li', {class: 'hint', text: t('nothingWithheld')}));
  for (const s of suppressed) {
    const rule = state.rules[s.id];
    const item = el('li', {'data-id': s.id, 'data-by': s.by},
        el('span', {class: 'rule-id', text: s.id}));
    if (rule && rule.summary) item.append(document.createTextNode(` (${rule.summary})`));
    item.append(document.createTextNode(` — ${t('withheldBy')} `), el('span', {class: 'rule-id', text: s.by}));
    withheld.append(item);
  }
  const scores = advice.assessments || [];
  if (!scores.length) assessments.append(el('p', {class: 'hint', text: t('noAssessment')}));
  for (const a of scores) {
    const dl = el('dl');
    for (const [label, value] of [[t('score'), `${a.score} / 9`], [t('psychosocial'), `${a.psychosocialScore} / 5`], [t('risk'), a.risk]]) {
      dl.append(el('dt', {text: label}), el('dd', {text: value}));
    }
    assessments.append(el('div', {class: 'assessment', 'data-instrument': a.instrument, 'data-risk': a.risk},
        el('strong', {text: a.instrument}), dl));
  }
}

function failureText(failure) {
  if (typeof failure === 'string') return failure;
  const rule = failure.rule || failure.ruleId;
  return (failure.message || JSON.stringify(failure)) + (rule ? ` (${t('rule')} ${rule})` : '');
}

function card(r) {
  const level = String(r.priority).toLowerCase();
  const item = el('li', {class: `card ${level}`, 'data-id': r.id, 'data-priority': r.priority, 'data-category': r.category},
      el('div', {class: 'meta'},
          el('span', {class: `badge ${level}`, text: r.priority}),
          el('span', {text: r.category}),
          el('span', {class: 'rule-id', text: r.id})),
      el('h4', {text: r.summary}),
      el('p', {text: r.detail}));
  if (r.because && r.because.length) {
    item.append(el('p', {class: 'label', text: t('because')}));
    const ul = el('ul', {class: 'because'});
    r.because.forEach(reason => ul.append(el('li', {text: reason})));
    item.append(ul);
  }
  if (r.sources && r.sources.length) {
    item.append(el('p', {class: 'label', text: t('sources')}));
    const ul = el('ul', {class: 'sources'});
    for (const source of r.sources) {
      ul.append(el('li', {}, source.url
          ? el('a', {href: source.url, target: '_blank', rel: 'noopener noreferrer', text: source.label})
          : document.createTextNode(source.label)));
    }
    item.append(ul);
  }
  return item;
}

// ---------------------------------------------------------------------------------------------------
// Fixtures and copying

function slug(text) {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'case';
}

/** The current case as a testkit fixture (docs/testing.md), expecting what the page shows now. */
function fixture() {
  const facts = collectFacts();
  const name = $('fixture-name').value.trim() || t('defaultFixtureName');
  if (state.violations.length) {
    return {name, facts, expectError: [...new Set(state.violations.map(v => v.path))]};
  }
  const advice = state.advice;
  const shown = (advice.recommendations || []).map(r => r.id);
  const withheld = (advice.suppressed || []).map(s => s.id);
  const expect = {};
  const top = (advice.recommendations || [])[0];
  if (top) expect.top = {category: top.category, priority: top.priority};
  expect.fires = [...shown, ...withheld];
  expect.suppressed = withheld;
  return {name, facts, expect};
}

function saveFixture() {
  const status = $('action-status');
  if (state.serviceProblem) {
    status.textContent = t('notSavedService');
    return;
  }
  if (!state.violations.length && (!state.advice || state.advice.complete === false)) {
    status.textContent = t('notSavedIncomplete');
    return;
  }
  const content = fixture();
  const file = slug(content.name) + '.json';
  const url = URL.createObjectURL(new Blob([JSON.stringify(content, null, 2) + '\n'], {type: 'application/json'}));
  const link = el('a', {href: url, download: file});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  status.textContent = content.expectError ? t('savedInvalid')(file) : t('saved')(file);
}

async function copyFacts() {
  const text = JSON.stringify(collectFacts(), null, 2);
  const status = $('action-status');
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = t('copied');
  } catch (e) {
    $('facts-json').textContent = text;
    $('facts-json').closest('details').open = true;
    status.textContent = t('copyFailed');
  }
}

// ---------------------------------------------------------------------------------------------------
// Examples, language, rule set

async function loadExampleList() {
  // The example clients' README lists each file with what it shows; the buttons come from it.
  const readme = await fetch(API.examplesIndex).then(r => r.ok ? r.text() : '');
  state.examples = [...readme.matchAll(/^- `([\w.-]+)\.json`: (.*)$/gm)].map(m => ({name: m[1], description: m[2]}));
  const box = $('example-buttons');
  box.replaceChildren();
  for (const example of state.examples) {
    const button = el('button', {type: 'button', 'data-example': example.name, 'aria-pressed': 'false', title: example.description, text: example.name});
    button.addEventListener('click', () => loadExample(example));
    box.append(button, document.createTextNode(' '));
  }
}

async function loadExample(example) {
  const facts = await fetch(API.examples + example.name + '.json').then(r => r.json());
  const unmapped = loadFacts(facts);
  state.exampleName = example.name;
  document.querySelectorAll('[data-example]').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.example === example.name)));
  $('fixture-name').value = `${example.name} (from the playground)`;
  $('examples-description').textContent = `${t('loaded')(example.name + '.json')} ${example.description}`;
  showUnmapped(unmapped);
  scheduleEvaluation();
}

function showUnmapped(unmapped) {
  $('load-problems').replaceChildren(...(unmapped.length ? [el('p', {text: `${t('unmapped')} ${unmapped.join(', ')}`})] : []));
}

async function loadRuleSet() {
  const [ruleSet, rules] = await Promise.all([
    call(API.ruleSet).then(r => r.json()),
    call(`${API.rules}?locale=${state.locale}`).then(r => r.ok ? r.json() : []).catch(() => []),
  ]);
  const packs = (ruleSet.packs || []).map(p => typeof p === 'string' ? p : `${p.name} ${p.version || ''}`.trim()).join(', ');
  $('rule-set').textContent = t('ruleSet')(ruleSet.name, ruleSet.version, packs);
  $('rule-set').dataset.name = ruleSet.name;
  $('rule-set').dataset.version = ruleSet.version;
  state.rules = {};
  for (const rule of Array.isArray(rules) ? rules : (rules.rules || [])) state.rules[rule.id] = rule;
}

function applyLanguage() {
  document.documentElement.lang = state.locale;
  document.querySelectorAll('[data-i18n]').forEach(node => {
    const text = TEXT[state.locale][node.dataset.i18n];
    if (typeof text === 'string') node.textContent = text;
  });
  document.querySelectorAll('[data-i18n-item]').forEach(node => { node.textContent = `${t('item')} ${node.dataset.i18nItem}`; });
  document.title = t('title');
}

async function switchLanguage(locale) {
  state.locale = locale;
  applyLanguage();
  await loadRuleSet().catch(() => {});
  scheduleEvaluation();
}

async function start() {
  document.body.dataset.state = 'loading';
  const requested = new URLSearchParams(location.search).get('locale');
  if (requested && TEXT[requested]) {
    state.locale = requested;
    $('locale').value = requested;
  }
  applyLanguage();
  state.schema = await call(API.schema).then(r => r.json());
  buildForm();
  $('facts-form').addEventListener('input', scheduleEvaluation);
  $('facts-form').addEventListener('change', scheduleEvaluation);
  $('facts-form').addEventListener('submit', e => e.preventDefault());
  $('locale').addEventListener('change', e => switchLanguage(e.target.value));
  $('api-key').addEventListener('change', () => { loadRuleSet().catch(() => {}); scheduleEvaluation(); });
  $('save-fixture').addEventListener('click', saveFixture);
  $('copy-facts').addEventListener('click', copyFacts);
  $('clear-form').addEventListener('click', () => {
    showUnmapped(loadFacts({}));
    state.exampleName = null;
    $('fixture-name').value = '';
    document.querySelectorAll('[data-example]').forEach(b => b.setAttribute('aria-pressed', 'false'));
    $('examples-description').textContent = '';
    scheduleEvaluation();
  });
  await Promise.all([loadRuleSet().catch(() => {}), loadExampleList()]);
  // A first case to look at: the desk worker of the README, or the first example there is.
  const first = state.examples.find(e => e.name === 'desk-worker') || state.examples[0];
  if (first) await loadExample(first);
  else scheduleEvaluation();
}

start().catch(e => {
  document.body.dataset.state = 'failed';
  $('form-problems').append(el('p', {text: String(e)}));
});
