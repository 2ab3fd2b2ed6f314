/**
 * The language both sides share: commands (imperative), events (past tense), queries
 * (questions) and value objects, grouped by feature. Plain records; no Spring.
 */
package io.netledger.api;
