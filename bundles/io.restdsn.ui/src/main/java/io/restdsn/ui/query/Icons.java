package io.restdsn.ui.query;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.graphics.Image;
import org.eclipse.jface.resource.ResourceLocator;

import io.restdsn.ui.UiPlugin;

/** The query window's own icons (the workbench's shared images have no Run or Refresh), kept in the plugin's registry. */
final class Icons {

	private Icons() {
	}

	static Image run() {
		return get("icons/run.png");
	}

	static Image refresh() {
		return get("icons/refresh.png");
	}

	static Image query() {
		return get("icons/query.png");
	}

	private static Image get(String path) {
		ImageRegistry registry = UiPlugin.getDefault().getImageRegistry();
		Image image = registry.get(path);
		if (image == null) {
			ImageDescriptor d = ResourceLocator.imageDescriptorFromBundle(UiPlugin.ID, path)
					.orElse(ImageDescriptor.getMissingImageDescriptor());
			registry.put(path, d);
			image = registry.get(path);
		}
		return image;
	}
}
