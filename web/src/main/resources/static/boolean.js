// The Boolean query builder (/boolean): a numbered search history kept in this browser (localStorage) and in the
// page's address, counted and translated by the /api/boolean endpoints after every edit. Every text from the user or
// the server reaches the page through textContent, value or attributes, never as HTML.
(function () {
  const STORE = 'litfacets.boolean';
  const DEBOUNCE_MS = 400;
  const MESH_SUGGESTIONS = 8;
  const $ = id => document.getElementById(id);

  const builder = $('builder');
  const linesEl = $('lines');
  const template = $('line-template');
  const historyStatus = $('history-status');
  const newLine = $('new-line');
  const combineButtons = [...document.querySelectorAll('[data-combine]')];
  const meshPanel = $('mesh-panel');
  const meshKeywords = $('mesh-keywords');
  const meshStatus = $('mesh-status');
  const meshList = $('mesh-suggestions');
  const seedsBox = $('seeds');
  const seedsSummary = $('seeds-summary');
  const exportLine = $('export-line');
  const exportLinks = [...document.querySelectorAll('#export-links a')];
  const exportStatus = $('export-status');
  const historyText = $('history-text');
  const shareStatus = $('share-status');

  const state = {
    lines: [],        // the texts of history lines #1..#n
    seeds: '',
    active: 0,        // the line the MeSH panel works for
    exportChoice: null, // the line chosen for export; null follows the last line
    answer: null,     // {lines, translate, count, standalone} of the newest refresh that finished
    seedAnswer: null, // {lines, answer} of the newest seeds check
    meshWords: null,  // the keywords the MeSH suggestions were asked for
    meshRows: []      // the suggestions shown, each able to redraw its Add button for the active line
  };
  let refreshes = 0;
  let seedChecks = 0;
  let meshAsks = 0;

  // ---- small helpers ----

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  function say(where, message, isError) {
    where.textContent = message;
    where.classList.toggle('error', !!isError);
  }

  function debounce(fn, ms) {
    let timer;
    return () => { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }

  function plural(n, one, many) {
    return n.toLocaleString('en') + ' ' + (n === 1 ? one : many);
  }

  // POSTs JSON and gives the JSON answer; any failure becomes an Error whose message can be shown as it is: the API's
  // own message for its 400/503 answers, a plain sentence otherwise (never a raw body).
  async function post(url, body) {
    let response;
    try {
      response = await fetch(url, {method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify(body)});
    } catch (e) {
      throw new Error('The server could not be reached; check that litfacets is still running.');
    }
    let answer = null;
    try {
      answer = await response.json();
    } catch (e) {
      // Not JSON (a proxy's error page, a cut connection): said below by the status code alone.
    }
    if (!response.ok || answer === null) {
      throw new Error(answer && answer.message ? answer.message
          : 'The server answered ' + response.status + (response.statusText ? ' ' + response.statusText : '') + '.');
    }
    return answer;
  }

  function lineAnswer(answer, i) {
    return answer ? answer.lines.find(l => l.number === i + 1) || null : null;
  }

  function current() {
    return state.answer && state.answer.lines.length === state.lines.length
        && state.answer.lines.every((text, i) => text === state.lines[i]);
  }

  // ---- references between lines ----

  // Where a line refers to earlier lines, read as the query module reads references: "#3"; a number or list standing
  // alone between operators or brackets ("1 or 2", "or 1-14", "limit 3 to humans"); Ovid's "or/1-5" and "and/3,4".
  // Quoted phrases and [tags] hold none. Each reference is a number or a range, with its place in the text, so that
  // lines can be renumbered without touching anything else.
  const TOKEN = /"[^"]*"?|\[[^\]]*\]?|[()]|[^\s()"[]+/g;
  const BEFORE_REFERENCE = /^(?:and|or|not|adj\d*|limit|[()])$/i;
  const AFTER_REFERENCE = /^(?:and|or|not|adj\d*|to|[()])$/i;
  const NUMBER_LIST = /^\d+(?:-\d+)?(?:,\d+(?:-\d+)?)*$/;

  function references(text) {
    const tokens = [...text.matchAll(TOKEN)];
    const found = [];
    tokens.forEach((m, k) => {
      const t = m[0];
      let listAt = -1;
      if (/^#\d+$/.test(t)) {
        listAt = 1;
      } else if (/^(?:or|and)\/[\d,-]+$/i.test(t)) {
        listAt = t.indexOf('/') + 1;
      } else if (NUMBER_LIST.test(t) && (k === 0 || BEFORE_REFERENCE.test(tokens[k - 1][0]))
          && (k === tokens.length - 1 || AFTER_REFERENCE.test(tokens[k + 1][0]))) {
        listAt = 0;
      }
      if (listAt < 0) return;
      for (const r of t.slice(listAt).matchAll(/(\d+)(?:-(\d+))?/g)) {
        const at = m.index + listAt + r.index;
        found.push({at: at, end: at + r[0].length, from: +r[1], to: +(r[2] || r[1])});
      }
    });
    return found;
  }

  function refersTo(text, number) {
    return references(text).some(r => r.from <= number && number <= r.to);
  }

  function renumber(text, map) {
    return references(text).reduceRight((out, r) => out.slice(0, r.at) + map(r.from)
        + (r.to !== r.from ? '-' + map(r.to) : '') + out.slice(r.end), text);
  }

  // The PubMed form of every line with each #n replaced by line n's own standalone form: /search and /api/export
  // know no history, so they need a query that stands alone. Null for a line that has (or uses) an error.
  function standaloneForms(translated) {
    const forms = [];
    translated.lines.forEach(line => {
      let ok = !line.error && !!line.pubmed;
      const form = ok ? line.pubmed.replace(/"[^"]*"|#(\d+)/g, (match, n) => {
        if (n === undefined) return match;
        const earlier = +n < line.number ? forms[+n - 1] : null;
        if (!earlier) ok = false;
        return earlier ? '(' + earlier + ')' : match;
      }) : null;
      forms[line.number - 1] = ok ? form : null;
    });
    return forms;
  }

  // ---- keeping the history ----

  function load() {
    let stored = {};
    try {
      stored = JSON.parse(localStorage.getItem(STORE)) || {};
    } catch (e) {
      // Storage blocked or unreadable: start from the address or empty.
    }
    const shared = new URLSearchParams(location.search).get('h');
    state.lines = shared ? shared.split('\n') : Array.isArray(stored.lines) ? stored.lines.map(String) : [];
    state.seeds = typeof stored.seeds === 'string' ? stored.seeds : '';
  }

  function save() {
    try {
      localStorage.setItem(STORE, JSON.stringify({lines: state.lines, seeds: state.seeds}));
    } catch (e) {
      // Storage blocked or full: the page's address still holds the history.
    }
    const query = state.lines.length ? '?' + new URLSearchParams({h: state.lines.join('\n')}) : '';
    window.history.replaceState(null, '', '/boolean' + query);
  }

  // ---- the lines ----

  function renderLines() {
    linesEl.replaceChildren(...state.lines.map(lineElement));
    lineItems().forEach(li => grow(li.querySelector('.line-text')));
    if (!state.lines.length) {
      linesEl.appendChild(el('li', 'No lines yet. Start with one concept, e.g. asthma[tiab] OR exp Asthma/',
          'empty-lines'));
    }
    $('next-number').textContent = '#' + (state.lines.length + 1);
    state.active = Math.min(state.active, Math.max(0, state.lines.length - 1));
    updateCombine();
    showActive();
    renderResults();
  }

  function lineElement(text, i) {
    const li = template.content.firstElementChild.cloneNode(true);
    li.dataset.number = String(i + 1);
    li.querySelector('.line-number').textContent = '#' + (i + 1);
    const box = li.querySelector('.line-text');
    box.value = text;
    box.setAttribute('aria-label', 'Line ' + (i + 1));
    box.addEventListener('input', () => {
      // A history line is one line: pasted line breaks become spaces (Import splits a pasted strategy into lines).
      if (/\n/.test(box.value)) box.value = box.value.replace(/\s*\n\s*/g, ' ');
      state.lines[i] = box.value;
      grow(box);
      changed();
    });
    box.addEventListener('focus', () => setActive(i));
    box.addEventListener('keydown', event => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      const next = linesEl.querySelector('[data-number="' + (i + 2) + '"] .line-text');
      (next || newLine).focus();
    });
    li.querySelector('.select').addEventListener('change', updateCombine);
    const toggle = li.querySelector('.toggle-details');
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      li.querySelector('.line-details').hidden = !open;
    });
    li.querySelector('.show-mesh').addEventListener('click', () => {
      setActive(i);
      meshPanel.scrollIntoView({block: 'nearest', behavior: 'smooth'});
    });
    li.querySelector('.remove').addEventListener('click', () => removeLine(i));
    return li;
  }

  function grow(box) {
    box.style.height = 'auto';
    box.style.height = box.scrollHeight + 'px';
  }

  function lineItems() {
    return [...linesEl.querySelectorAll('li.line')];
  }

  function addLine(text) {
    state.lines.push(text);
    renderLines();
    changed();
  }

  // Lines are numbered 1..n as the API reads them, so removing a line renumbers the lines after it and rewrites their
  // references; a line that a later line uses is not removed, since that later line would lose its meaning.
  function removeLine(i) {
    const number = i + 1;
    const user = state.lines.findIndex((text, j) => j > i && refersTo(text, number));
    if (user >= 0) {
      say(historyStatus, 'Line #' + (user + 1) + ' uses line #' + number + ': change or remove #' + (user + 1)
          + ' first.', true);
      return;
    }
    const renumbered = i < state.lines.length - 1;
    state.lines = state.lines.filter((_, j) => j !== i)
        .map((text, j) => j < i ? text : renumber(text, n => n > number ? n - 1 : n));
    if (state.exportChoice !== null) {
      state.exportChoice = state.exportChoice === i ? null : state.exportChoice - (state.exportChoice > i ? 1 : 0);
    }
    forgetAnswers();
    renderLines();
    changed();
    say(historyStatus, 'Removed line #' + number + (renumbered ? '; the lines after it were renumbered.' : '.'));
  }

  function selectedLines() {
    return lineItems().filter(li => li.querySelector('.select').checked).map(li => +li.dataset.number);
  }

  function updateCombine() {
    combineButtons.forEach(b => { b.disabled = selectedLines().length < 2; });
  }

  function setActive(i) {
    state.active = i;
    showActive();
  }

  function showActive() {
    lineItems().forEach((li, j) => li.classList.toggle('active', j === state.active));
    $('mesh-line').textContent = '#' + (state.active + 1);
    suggestForLine();
  }

  // Answers of an older history would be shown against the wrong lines once lines move.
  function forgetAnswers() {
    state.answer = null;
    state.seedAnswer = null;
  }

  // ---- counts and translations ----

  const scheduleRefresh = debounce(refresh, DEBOUNCE_MS);

  function changed() {
    save();
    linesEl.classList.add('pending');
    scheduleRefresh();
  }

  // One translate and one count call for the whole history (and one seeds call when there are seeds); an answer that
  // arrives after a newer edit is dropped, since the newer refresh will bring its own.
  async function refresh() {
    const mine = ++refreshes;
    const lines = state.lines.slice();
    if (!lines.length) {
      linesEl.classList.remove('pending');
      state.answer = null;
      renderResults();
      return;
    }
    try {
      const [translate, count] = await Promise.all([
        post('/api/boolean/translate', {history: lines}), post('/api/boolean/count', {history: lines})]);
      if (mine !== refreshes) return;
      state.answer = {lines: lines, translate: translate, count: count, standalone: standaloneForms(translate)};
      // An edit made while this was asked has its refresh still waiting for the debounce.
      linesEl.classList.toggle('pending', !current());
      if (historyStatus.classList.contains('error')) say(historyStatus, '');
    } catch (e) {
      if (mine !== refreshes) return;
      // The lines stay dimmed: what they show is not the answer for their text.
      say(historyStatus, e.message, true);
    }
    renderResults();
    suggestForLine();
    checkSeeds();
  }

  function renderResults() {
    lineItems().forEach((li, i) => renderLine(li, i));
    renderSeeds();
    renderExport();
  }

  function renderLine(li, i) {
    const translated = lineAnswer(state.answer && state.answer.translate, i);
    const counted = lineAnswer(state.answer && state.answer.count, i);
    const error = (translated && translated.error) || (counted && counted.error);
    const hasCount = counted && !counted.error && typeof counted.count === 'number';
    // A count Solr cut short (timeAllowed) is a lower bound, and says so.
    const partial = hasCount && counted.partialResults;
    li.querySelector('.count').textContent = hasCount ? (partial ? '≥ ' : '') + counted.count.toLocaleString('en')
        : error ? '—' : '…';
    li.querySelector('.count-label').textContent = (error ? '' : hasCount && counted.count === 1 ? 'result' : 'results')
        + (partial ? ' (counting took longer than the index allows: there may be more)' : '');
    li.querySelector('.line-count').classList.toggle('partial', partial);
    li.classList.toggle('has-error', !!error);
    renderError(li, i, error);
    renderDetails(li.querySelector('.line-details'), translated);
    const open = li.querySelector('.open');
    const standalone = current() && state.answer.standalone[i];
    if (standalone) {
      // kind=boolean: the page would read a line of plain words ("asthma children") as free text
      open.href = '/search?' + new URLSearchParams({q: standalone, kind: 'boolean'});
      open.removeAttribute('aria-disabled');
    } else {
      open.removeAttribute('href');
      open.setAttribute('aria-disabled', 'true');
    }
  }

  function renderError(li, i, error) {
    const box = li.querySelector('.line-error');
    box.hidden = !error;
    if (!error) return;
    const where = error.line && error.line !== i + 1 ? 'Line ' + error.line + ', column ' : 'Column ';
    box.querySelector('.message').textContent = where + error.column + ': ' + error.message;
    const suggestions = error.suggestions || [];
    const ownLine = error.line === i + 1 || !error.line;
    const choices = box.querySelector('.choices');
    choices.replaceChildren(...suggestions.map(name => {
      if (!ownLine || !headingAt(state.lines[i], error.column)) return el('span', name, 'choice');
      const button = el('button', name, 'small quiet');
      button.type = 'button';
      button.title = 'Replace the heading with ' + name;
      button.addEventListener('click', () => {
        // Found again on click: the line may have been edited since the error was drawn.
        const text = state.lines[i];
        const span = headingAt(text, error.column);
        if (!span) return;
        state.lines[i] = text.slice(0, span.start) + name + text.slice(span.end);
        const textBox = li.querySelector('.line-text');
        textBox.value = state.lines[i];
        grow(textBox);
        changed();
      });
      return button;
    }));
    box.querySelector('.did-you-mean').hidden = suggestions.length === 0;
  }

  // The heading an error's column points at: past an Ovid "exp " or "*", a quoted name, or the words up to the field
  // tag or the Ovid slash. Null when the column points at no name.
  function headingAt(text, column) {
    const start = (column || 1) - 1;
    const m = /^((?:exp\s+|\*)?)(?:"([^"]*)"|([^[\/"]*[^[\/"\s]))/i.exec(text.slice(start));
    if (!m) return null;
    const quoted = m[2] !== undefined;
    const from = start + m[1].length + (quoted ? 1 : 0);
    return {start: from, end: from + (quoted ? m[2] : m[3]).length};
  }

  function renderDetails(box, line) {
    box.replaceChildren();
    if (!line || line.error) {
      box.appendChild(el('p', line ? 'No details: the line has an error.' : 'Not translated yet.', 'hint'));
      return;
    }
    const list = el('dl');
    const row = (label, value) => {
      list.appendChild(el('dt', label));
      const dd = el('dd');
      dd.append(value);
      list.appendChild(dd);
    };
    const items = texts => {
      const ul = el('ul');
      texts.forEach(t => ul.appendChild(el('li', t)));
      return ul;
    };
    row('PubMed', el('code', line.pubmed));
    row('Ovid', el('code', line.ovid));
    const d = line.details || {};
    if (d.headings && d.headings.length) {
      row('MeSH', items(d.headings.map(h => h.name + (h.subheading ? '/' + h.subheading : '') + ' (' + h.ui + '), '
          + (h.exploded ? 'exploded: with ' + plural(h.descendants, 'narrower heading', 'narrower headings')
              : 'this heading only'))));
    }
    if (d.fields && d.fields.length) row('Fields', d.fields.join(', '));
    if (d.mappings && d.mappings.length) {
      row('Term mapping', items(d.mappings.map(m => '"' + m.term + '" → ' + m.heading + ' (' + m.ui + ')')));
    }
    if (d.entities && d.entities.length) {
      row('Entities', items(d.entities.map(e => e.written + ' → ' + e.type.replace('_', ' ') + ' ' + e.name
          + ' (' + e.id + '), every synonym')));
    }
    if (d.relations && d.relations.length) {
      row('Relations', items(d.relations.map(r => r.first.name + ' – ' + r.second.name + ': '
          + (r.relationType === 'ANY' ? 'a relation of any type' : r.relationType.replace(/_/g, ' ')))));
    }
    if (d.truncations && d.truncations.length) {
      row('Truncation', items(d.truncations.map(t => t.term + ' → ' + t.expandsTo.join(', ')
          + (t.more ? ' and ' + t.more.toLocaleString('en') + ' more' : ''))));
    }
    box.appendChild(list);
  }

  // ---- seed studies ----

  function seedPmids() {
    return [...new Set(state.seeds.match(/\d+/g) || [])];
  }

  async function checkSeeds() {
    const mine = ++seedChecks;
    const pmids = seedPmids();
    if (!pmids.length || !current()) {
      state.seedAnswer = null;
      renderSeeds();
      return;
    }
    const lines = state.answer.lines;
    try {
      const answer = await post('/api/boolean/seeds', {history: lines, pmids: pmids});
      if (mine !== seedChecks) return;
      state.seedAnswer = {lines: lines, answer: answer};
    } catch (e) {
      if (mine !== seedChecks) return;
      state.seedAnswer = null;
      say(seedsSummary, e.message, true);
      return;
    }
    renderSeeds();
  }

  // Where each seed the final line misses is first lost: from the final line, follow the references to the earliest
  // line that also misses it, down to a line none of whose references misses it (a concept written too narrowly, a
  // NOT). Following references, rather than taking the lowest line that misses the seed, keeps OR'ed alternatives
  // (asthma[tiab] OR asthma[mh]) from being blamed for what their union finds.
  function firstLost(answer, lines) {
    const missed = number => (lineAnswer(answer, number - 1) || {missed: []}).missed;
    const lost = new Map();
    const last = lines.length;
    missed(last).forEach(pmid => {
      let at = last;
      for (;;) {
        const culprit = references(lines[at - 1]).flatMap(r => range(r.from, r.to))
            .filter(n => n < at && missed(n).includes(pmid)).sort((a, b) => a - b)[0];
        if (culprit === undefined) break;
        at = culprit;
      }
      lost.set(at, (lost.get(at) || []).concat(pmid));
    });
    return lost;
  }

  function range(from, to) {
    return Array.from({length: to - from + 1}, (_, k) => from + k);
  }

  function renderSeeds() {
    const answer = state.seedAnswer && state.seedAnswer.answer;
    const lost = answer ? firstLost(answer, state.seedAnswer.lines) : new Map();
    lineItems().forEach((li, i) => {
      const seeds = li.querySelector('.line-seeds');
      const line = answer && answer.inIndex.length ? lineAnswer(answer, i) : null;
      seeds.hidden = !line;
      li.classList.toggle('lost', lost.has(i + 1));
      if (!line) return;
      if (line.error) {
        // an error line finds nothing: "0 of 3 found", marked ok, would read as a verdict
        seeds.className = 'line-seeds missed';
        seeds.textContent = 'Seeds: not checked: the line has an error';
        return;
      }
      seeds.className = 'line-seeds ' + (line.missed.length ? 'missed' : 'ok');
      seeds.textContent = 'Seeds: ' + line.found.length + ' of ' + answer.inIndex.length + ' found'
          + (line.missed.length ? ' · missed ' + line.missed.join(', ') : '')
          + (lost.has(i + 1) ? ' · first lost here: ' + lost.get(i + 1).join(', ') : '');
    });
    seedsSummary.replaceChildren();
    seedsSummary.classList.remove('error');
    if (!answer) return;
    const last = state.seedAnswer.lines.length;
    const final = lineAnswer(answer, last - 1);
    const fact = (text, cls) => seedsSummary.appendChild(el('p', text, cls));
    fact(plural(answer.inIndex.length, 'seed is', 'seeds are') + ' in the index.');
    if (answer.notInIndex.length) fact('Not in the index (no line can find them): ' + answer.notInIndex.join(', '));
    if (final && final.error && answer.inIndex.length) {
      fact('The final line #' + last + ' has an error: correct it to check the seeds.', 'missed');
    } else if (final && answer.inIndex.length) {
      fact('The final line #' + last + ' finds ' + final.found.length + ' of ' + answer.inIndex.length + '.',
          final.missed.length ? 'missed' : 'ok');
      lost.forEach((pmids, at) => fact('Lost at line #' + at + ': ' + pmids.join(', '), 'missed'));
    }
  }

  // ---- MeSH panel ----

  // The free-text words of a line, for MeSH suggestion: its terms without tags, quotes, truncation and Ovid suffixes;
  // headings, references, limits and non-text fields are left out. Joined by ";" as the suggester splits keywords.
  const TEXT_FIELD = /^(?:ti|ab|tiab|tw|mp|kf|kw|ot|title|abstract|title\/abstract|text word|all|all fields)$/i;

  function freeText(text) {
    const words = new Set();
    for (const part of text.split(/[()]|\s(?:and|or|not|adj\d*)\s/i)) {
      let clause = part.trim();
      const tag = /\[([^\]]*)\]$/.exec(clause) || /\.([a-z]{2}(?:,[a-z]{2})*)\.$/i.exec(clause);
      if (tag && !tag[1].split(',').every(f => TEXT_FIELD.test(f.split(':')[0].trim()))) continue;
      if (tag) clause = clause.slice(0, tag.index);
      if (/\/|^exp\s|^\*|^#?\d+$|^limit\s|^\w+:/i.test(clause)) continue;
      const word = clause.replace(/[$*]\d*|["?#]/g, '').trim();
      if (word) words.add(word);
    }
    return [...words].join('; ');
  }

  function suggestForLine() {
    const words = freeText(state.lines[state.active] || '');
    if (words === state.meshWords) {
      state.meshRows.forEach(row => row.refreshAdd());
      return;
    }
    meshKeywords.value = words;
    suggestMesh(words);
  }

  // Suggestions for the keywords, then one count call for each heading exploded and alone ("H"[mh] and
  // "H"[mh:noexp], two history lines per heading).
  async function suggestMesh(words) {
    const mine = ++meshAsks;
    state.meshWords = words;
    meshList.replaceChildren();
    state.meshRows = [];
    if (!words.trim()) {
      say(meshStatus, state.lines.length ? 'Line #' + (state.active + 1) + ' has no free-text words: type some above.'
          : 'Type keywords above, or add a line.');
      return;
    }
    say(meshStatus, 'Finding headings…');
    let suggestions;
    try {
      suggestions = (await post('/api/mesh/suggest', {keywords: words, limit: MESH_SUGGESTIONS})).suggestions;
    } catch (e) {
      if (mine === meshAsks) say(meshStatus, e.message, true);
      return;
    }
    if (mine !== meshAsks) return;
    say(meshStatus, suggestions.length ? plural(suggestions.length, 'heading', 'headings') + ' for “' + words + '”'
        : 'No MeSH heading found for “' + words + '”.');
    const rows = suggestions.map(meshRow);
    state.meshRows = rows;
    meshList.replaceChildren(...rows.map(r => r.li));
    if (!suggestions.length) return;
    try {
      const counts = await post('/api/boolean/count', {history: suggestions.flatMap(s =>
          ['"' + s.name + '"[mh]', '"' + s.name + '"[mh:noexp]'])});
      if (mine !== meshAsks) return;
      rows.forEach((r, k) => r.show(lineAnswer(counts, 2 * k), lineAnswer(counts, 2 * k + 1)));
    } catch (e) {
      if (mine === meshAsks) say(meshStatus, 'Counts unavailable: ' + e.message, true);
    }
  }

  function meshRow(s) {
    const li = el('li', undefined, 'mesh-suggestion');
    li.appendChild(el('span', s.name, 'name'));
    const add = el('button', undefined, 'small add');
    add.type = 'button';
    li.appendChild(add);
    const counts = el('span', '… exploded · … alone', 'sub counts');
    li.appendChild(counts);
    li.appendChild(el('span', s.ui, 'sub'));
    const clause = '"' + s.name + '"[mh]';
    const refreshAdd = () => {
      const has = (state.lines[state.active] || '').toLowerCase().includes(clause.toLowerCase());
      add.textContent = has ? 'Added' : 'Add';
      add.disabled = has;
      add.title = has ? 'Line #' + (state.active + 1) + ' has this heading' : 'Add OR ' + clause + ' to line #'
          + (state.active + 1);
    };
    refreshAdd();
    add.addEventListener('click', () => {
      const i = state.active;
      if (i >= state.lines.length) {
        addLine(clause);
      } else {
        state.lines[i] = state.lines[i].trim() ? state.lines[i] + ' OR ' + clause : clause;
        const box = lineItems()[i].querySelector('.line-text');
        box.value = state.lines[i];
        grow(box);
        changed();
      }
      refreshAdd();
    });
    const count = c => c && !c.error && typeof c.count === 'number' ? c.count.toLocaleString('en') : '—';
    return {li: li, refreshAdd: refreshAdd, show: (exploded, alone) => {
      counts.textContent = count(exploded) + ' exploded · ' + count(alone) + ' alone';
    }};
  }

  // ---- export of results ----

  function exportIndex() {
    return state.exportChoice !== null && state.exportChoice < state.lines.length ? state.exportChoice
        : state.lines.length - 1;
  }

  function renderExport() {
    const chosen = exportIndex();
    exportLine.replaceChildren(...state.lines.map((text, i) => {
      const option = el('option', '#' + (i + 1) + ' ' + (text.length > 40 ? text.slice(0, 39) + '…' : text));
      option.value = String(i);
      option.selected = i === chosen;
      return option;
    }));
    const q = state.answer && current() && chosen >= 0 ? state.answer.standalone[chosen] : null;
    exportLinks.forEach(a => {
      if (q) {
        a.href = '/api/export?' + new URLSearchParams({q: q, format: a.dataset.format, kind: 'boolean'});
        a.removeAttribute('aria-disabled');
      } else {
        a.removeAttribute('href');
        a.setAttribute('aria-disabled', 'true');
      }
    });
    let why = '';
    if (chosen < 0) {
      why = 'Add a line first.';
    } else if (!q) {
      why = current() ? 'Line #' + (chosen + 1) + ' has an error, or uses a line that has one.'
          : 'Waiting for the counts.';
    }
    say(exportStatus, why);
  }

  // ---- copy, import, clear ----

  async function copy(text, what, note) {
    try {
      await navigator.clipboard.writeText(text);
      say(shareStatus, what + ' copied to the clipboard.' + note);
    } catch (e) {
      // No clipboard (an address that is neither https nor localhost, or permission refused): the box has the text.
      say(shareStatus, 'Copying is not allowed here: select the text in the box and copy it.' + note);
    }
  }

  function copyAs(syntax, name) {
    if (!state.lines.length) {
      say(shareStatus, 'The history is empty.');
      return;
    }
    if (!current()) {
      say(shareStatus, 'The translation is not ready yet; try again in a moment.', true);
      return;
    }
    let asWritten = 0;
    const rows = state.lines.map((text, i) => {
      const line = lineAnswer(state.answer.translate, i);
      const ok = line && !line.error && line[syntax];
      if (!ok) asWritten++;
      return (syntax === 'pubmed' ? '#' : '') + (i + 1) + ' ' + (ok ? line[syntax] : text);
    });
    historyText.value = rows.join('\n');
    const note = asWritten ? ' ' + plural(asWritten, 'line has an error and was', 'lines have errors and were')
        + ' copied as written.' : '';
    copy(historyText.value, plural(rows.length, 'line', 'lines') + ' in ' + name + ' syntax', note);
  }

  // Pasted strategies are numbered ("1 exp Asthma/", "#2 wheez*[tiab]", "3. 1 or 2") or not; numbers are stripped only
  // when every line has one (else "1 or 2" would lose its first reference), and references follow the new numbers.
  function importText(text) {
    const numbered = /^\s*#?(\d+)[.):]?\s+(\S.*?)\s*$/;
    const rows = text.split(/\r?\n/).filter(r => r.trim());
    if (!rows.length) {
      say(shareStatus, 'Paste the lines to import into the box first.', true);
      return;
    }
    let lines = rows.map(r => r.trim());
    if (rows.every(r => numbered.test(r))) {
      const newNumber = new Map(rows.map((r, k) => [+numbered.exec(r)[1], k + 1]));
      lines = rows.map(r => renumber(numbered.exec(r)[2], n => newNumber.get(n) || n));
    }
    state.lines = lines;
    state.exportChoice = null;
    forgetAnswers();
    renderLines();
    changed();
    say(shareStatus, 'Imported ' + plural(lines.length, 'line', 'lines') + '.');
  }

  // ---- wiring ----

  $('add-line').addEventListener('submit', event => {
    event.preventDefault();
    const text = newLine.value.trim();
    if (!text) return;
    newLine.value = '';
    addLine(text);
    setActive(state.lines.length - 1);
  });
  combineButtons.forEach(b => b.addEventListener('click', () => {
    addLine(selectedLines().map(n => '#' + n).join(' ' + b.dataset.combine + ' '));
  }));
  $('mesh-form').addEventListener('submit', event => {
    event.preventDefault();
    suggestMesh(meshKeywords.value);
  });
  const scheduleSeeds = debounce(checkSeeds, DEBOUNCE_MS);
  seedsBox.addEventListener('input', () => {
    state.seeds = seedsBox.value;
    save();
    scheduleSeeds();
  });
  exportLine.addEventListener('change', () => {
    state.exportChoice = +exportLine.value;
    renderExport();
  });
  $('copy-pubmed').addEventListener('click', () => copyAs('pubmed', 'PubMed'));
  $('copy-ovid').addEventListener('click', () => copyAs('ovid', 'Ovid'));
  $('copy-link').addEventListener('click', () => copy(location.href, 'The link', ''));
  $('import').addEventListener('click', () => importText(historyText.value));
  // Text boxes are as tall as their text, which wraps differently at another width.
  window.addEventListener('resize', debounce(() => {
    lineItems().forEach(li => grow(li.querySelector('.line-text')));
  }, 100));
  $('clear').addEventListener('click', () => {
    if (state.lines.length && !window.confirm('Remove all ' + state.lines.length + ' lines?')) return;
    state.lines = [];
    forgetAnswers();
    renderLines();
    changed();
    say(shareStatus, 'The history is empty.');
  });

  load();
  $('no-script').hidden = true;
  builder.hidden = false;
  seedsBox.value = state.seeds;
  renderLines();
  if (state.lines.length) {
    save();
    refresh();
  }
})();
