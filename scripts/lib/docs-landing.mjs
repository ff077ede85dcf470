// The front page of the docs site: what the two references are, and a link to each.
const escape = (text) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);

/** The landing page's HTML. `api` and `sdk` are the two references' pages, relative to it. */
export function landingPage({ name, version, graphVersion, api, sdk }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(name)} documentation</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 3rem auto; padding: 0 1rem; color: #1d2127; }
  h1 { font-size: 1.8rem; margin-bottom: .2rem; }
  .version { color: #5b6470; margin-top: 0; }
  ul { list-style: none; padding: 0; }
  li { border: 1px solid #d5dae0; border-radius: 8px; padding: 1rem 1.2rem; margin: 1rem 0; }
  li a { font-size: 1.2rem; font-weight: 600; }
  code { font-size: .95em; }
</style>
</head>
<body>
<h1>${escape(name)}</h1>
<p class="version">Package ${escape(version)} · Graph API ${escape(graphVersion)}</p>
<ul>
  <li><a href="${escape(api)}">API reference</a>
    <p>Every Graph endpoint and webhook the package covers, every schema and the error-code table, from the package's OpenAPI description. Each operation shows the SDK call that sends it.</p></li>
  <li><a href="${escape(sdk)}">SDK reference</a>
    <p>The package's entry points: the client and each resource's methods (<code>wa.messages.sendText</code>…), options, webhook events, errors and the testing kit. Each generated method links to its operation.</p></li>
</ul>
</body>
</html>
`;
}
