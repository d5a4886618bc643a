/**
 * Runs in the preview's task pane frame before office.js. Outside Office, office.js sends a framed page to
 * about:blank unless the page defines OsfOptOut; the preview frames the pane on purpose, so it opts out.
 */
(window as unknown as { OsfOptOut: boolean }).OsfOptOut = true;
