/**
 * The web UI and JSON API over the store: server-rendered pages with no script, every untrusted text
 * escaped, bound to localhost by default, read-only. Entry point: {@link org.parallax.web.WebServer}.
 */
package org.parallax.web;
