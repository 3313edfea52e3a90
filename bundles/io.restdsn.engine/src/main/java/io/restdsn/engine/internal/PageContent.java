package io.restdsn.engine.internal;

import java.util.Map;

/**
 * What one parsed page told us besides its rows: how many root rows it had, a fingerprint of the rows region
 * (to notice a server that repeats its last page forever) and the values found at the paging pointers.
 *
 * @param captured pointer → text of the value there ({@code null} value when JSON null; absent when missing)
 */
record PageContent(int rootRows, long rowsFingerprint, Map<String, String> captured) {
}
