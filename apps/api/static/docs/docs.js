// Starts Swagger UI on /docs. A file, not an inline script, so the page works under a CSP without 'unsafe-inline'.
/* global window, SwaggerUIBundle */
window.ui = SwaggerUIBundle({
  url: '/v1/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  // The default validator is an online service; the docs must work offline and leak nothing.
  validatorUrl: null,
});
