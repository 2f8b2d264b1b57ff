// The MeSH suggester page: asks POST /api/mesh/suggest and builds an OR'ed, exploded MeSH clause.
(function () {
  const form = document.getElementById('suggest-form');
  const status = document.getElementById('status');
  const table = document.getElementById('suggestions');
  const clause = document.getElementById('clause');
  const searchLink = document.getElementById('search-clause');
  const chosen = new Map();

  function text(tag, value, cls) {
    const el = document.createElement(tag);
    el.textContent = value;
    if (cls) el.className = cls;
    return el;
  }

  function renderClause() {
    clause.value = [...chosen.values()].map(name => '"' + name + '"[mh]').join(' OR ');
    // The search box reads PubMed syntax, so the link searches the clause itself: each heading exploded, as [mh] says.
    searchLink.hidden = chosen.size === 0;
    searchLink.href = '/search?q=' + encodeURIComponent(clause.value);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const keywords = document.getElementById('keywords').value;
    const methods = [...form.querySelectorAll('input[name=method]:checked')].map(i => i.value);
    status.textContent = 'Suggesting…';
    table.hidden = true;
    const response = await fetch('/api/mesh/suggest', {
      method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({keywords: keywords, methods: methods, limit: 15})
    });
    const body = await response.json();
    if (!response.ok) {
      status.textContent = body.message;
      return;
    }
    const rows = table.querySelector('tbody');
    rows.replaceChildren();
    body.suggestions.forEach((s, i) => {
      const tr = document.createElement('tr');
      const add = document.createElement('button');
      add.textContent = chosen.has(s.ui) ? '✓' : 'Add';
      add.className = 'add';
      add.addEventListener('click', () => { chosen.set(s.ui, s.name); add.textContent = '✓'; renderClause(); });
      const cell = document.createElement('td');
      cell.appendChild(add);
      tr.appendChild(cell);
      const heading = document.createElement('td');
      const link = text('a', s.name);
      link.href = '/search?q=&filter=' + encodeURIComponent('mesh_exp:' + s.ui);
      heading.appendChild(link);
      heading.appendChild(text('div', s.ui + ' · ' + s.treeNumbers.join(', '), 'sub'));
      tr.appendChild(heading);
      tr.appendChild(text('td', s.articleCount.toLocaleString()));
      const why = document.createElement('td');
      s.evidence.slice(0, 4).forEach(e => why.appendChild(text('div', e.method.toLowerCase() + ' #' + e.rank
          + (e.keyword ? ': "' + e.keyword + '" → ' : ': ') + e.entryTerm, 'sub')));
      tr.appendChild(why);
      rows.appendChild(tr);
    });
    status.textContent = body.suggestions.length + ' suggestions for ' + body.keywords.length + ' keyword(s)';
    table.hidden = body.suggestions.length === 0;
  });
})();
