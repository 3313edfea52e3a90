package io.restdsn.ui.results;

import org.eclipse.collections.api.factory.Bags;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.factory.Sets;
import org.eclipse.collections.impl.factory.primitive.IntLists;

/**
 * Makes Eclipse Collections' factories work in OSGi before NatTable first needs them.
 * <p>
 * The API bundle finds its implementations with {@code java.util.ServiceLoader} through the thread's context class
 * loader, and only once: the factory fields are static. In Equinox that loader cannot see the implementation bundle,
 * so {@code Sets.mutable} became a proxy that throws, and NatTable (which catches and logs paint errors through
 * slf4j) painted an empty grid. The Eclipse IDE ships SPI Fly for this; we need it for four classes, so they are
 * initialised here once with the implementation bundle's class loader as the context loader.
 */
final class CollectionsInOsgi {

	private static boolean done;

	private CollectionsInOsgi() {
	}

	static synchronized void ensure() {
		if (done) {
			return;
		}
		done = true;
		Thread t = Thread.currentThread();
		ClassLoader previous = t.getContextClassLoader();
		t.setContextClassLoader(IntLists.class.getClassLoader());
		try {
			// touching the factories runs their static initialisers under this loader
			java.util.Objects.requireNonNull(Sets.mutable);
			java.util.Objects.requireNonNull(Maps.mutable);
			java.util.Objects.requireNonNull(Lists.mutable);
			java.util.Objects.requireNonNull(Bags.mutable);
		} finally {
			t.setContextClassLoader(previous);
		}
	}
}
