package io.restdsn.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.options.OptionCatalog;
import io.restdsn.http.SecretLookup;
import io.restdsn.secure.SecretStore;
import io.restdsn.secure.SecretStoreException;

/**
 * The secrets that {@code restdsn set} put in secure storage, for the commands that use a saved DSN: {@code test}
 * and {@code token} look them up (a value in the DSN itself wins), {@code export --secrets include|placeholder} adds
 * them. The storage is opened on first need, with {@code --keyring}/{@code --password-file} as for every command,
 * and is never asked about a DSN given with {@code --string} (it has no name and carries its own secrets).
 */
final class StoredSecrets implements SecretLookup {

	private final CliContext ctx;
	private SecretStore store;
	private boolean failed;

	StoredSecrets(CliContext ctx) {
		this.ctx = ctx;
	}

	/**
	 * A failure (locked storage, wrong password) is said on stderr once, and the operation goes on without the
	 * secret, so that its own message then names the option that is missing.
	 */
	@Override
	public Optional<String> secret(String dsnName, String option) {
		if (dsnName == null || dsnName.isEmpty() || failed) {
			return Optional.empty();
		}
		try {
			return store().get(dsnName, option);
		} catch (SecretStoreException | UsageException e) {
			failed = true;
			ctx.err.println("restdsn: " + option + " of DSN '" + dsnName + "' cannot be read from secure storage: "
					+ e.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * The DSNs with the secrets stored for them added, where the DSN does not carry the option itself.
	 *
	 * @param values the decrypted values (needs the master password); otherwise empty values, which is all an export
	 *               with placeholders needs
	 */
	List<Dsn> addTo(List<Dsn> dsns, boolean values) throws UsageException, OperationFailedException {
		OptionCatalog catalog = OptionCatalog.standard();
		List<Dsn> out = new ArrayList<>();
		try {
			for (Dsn dsn : dsns) {
				Dsn d = dsn;
				for (String key : store().options(dsn.name())) {
					String name = catalog.canonicalName(key);
					boolean present = dsn.options().stream().anyMatch(o -> catalog.canonicalName(o.key()).equalsIgnoreCase(name));
					if (!present) {
						d = d.with(name, values ? store().get(dsn.name(), key).orElse("") : "");
					}
				}
				out.add(d);
			}
			return out;
		} catch (SecretStoreException e) {
			if (e.reason() == SecretStoreException.Reason.UNAVAILABLE) {
				ctx.err.println("note: " + e.getMessage() + "; only secrets written in the odbc.ini are exported");
				return dsns;
			}
			throw SecretAccess.failure(e);
		}
	}

	private SecretStore store() throws SecretStoreException, UsageException {
		if (store == null) {
			store = SecretAccess.open(ctx, SecretAccess.password(ctx)).secretsFor(ctx.userOdbcIni());
		}
		return store;
	}
}
