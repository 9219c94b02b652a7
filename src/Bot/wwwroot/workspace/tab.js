// The Teams/Outlook/Microsoft 365 personal tab's sign-in (decision 139): Teams SSO gives an access token for the
// bot's app id URI; the server checks it and sets the tab's session cookie; then the workspace opens in the tab's
// language. No inline script (CSP script-src 'self'); microsoftTeams comes from MicrosoftTeams.min.js before this file.
// Outside a Teams host (decision 147) teams-js cannot initialise and would wait for ever: a page that is nobody's
// frame and no mobile host's webview says so at once and offers the browser's sign-in; a host that does not answer
// within initTimeoutMs is a failure, with the workspace in a browser offered.
(async () => {
  const initTimeoutMs = 10000;
  const main = document.getElementById('tab');
  const show = (id, visible) => { document.getElementById(id).hidden = !visible; };
  const framed = window.self !== window.top;
  const nativeHost = 'nativeInterface' in window;
  if (!framed && !nativeHost) {
    show('tab-status', false);
    show('tab-outside', true);
    return;
  }

  try {
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('no Teams host answered')), initTimeoutMs));
    await Promise.race([microsoftTeams.app.initialize(), timeout]);
    const context = await microsoftTeams.app.getContext();
    const token = await microsoftTeams.authentication.getAuthToken();
    const response = await fetch('/workspace/session', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      credentials: 'same-origin',
    });
    if (!response.ok) throw new Error(`sign-in answered ${response.status}`);
    const locale = context.app.locale || new URLSearchParams(location.search).get('locale') || '';
    const target = new URL(main.dataset.return || '/workspace', location.origin);
    if (locale) target.searchParams.set('locale', locale);
    location.replace(target.pathname + target.search);
  } catch (error) {
    show('tab-status', false);
    show('tab-failed', true);
    console.error('Workspace sign-in failed', error);
  }
})();
