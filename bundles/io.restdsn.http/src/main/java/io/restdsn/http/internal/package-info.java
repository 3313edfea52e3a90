/**
 * Implementation; not API (exported {@code x-internal} for test fragments only). Public types here are public only
 * because the API packages construct them.
 */
package io.restdsn.http.internal;
