// Loaded first by the strict-CSP test page: records every Content Security Policy violation, so the
// test can check the embed bundle caused none (no eval, no inline styles or scripts).
/* global window, document */
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`);
});
