package io.restdsn.ui.dialogs;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

/**
 * Small round status icons, drawn here rather than shipped as files: green with a check (passed), red with a cross
 * (failed), grey with a dash (skipped), a grey ring (waiting) and a blue ring with a moving arc (running, in
 * {@link #RUNNING_FRAMES} frames). The platform's shared images have no green "passed" icon, and drawing keeps them
 * sharp at every zoom (the {@code ImageDataProvider} draws at 16 px times the zoom).
 * <p>
 * Colour is never the only signal: the dialog writes the outcome beside every icon.
 */
final class StatusIcons {

	/** What an icon says. */
	enum Kind {
		PASSED, FAILED, SKIPPED, WAITING, RUNNING
	}

	static final int RUNNING_FRAMES = 8;

	private static final RGB GREEN = new RGB(0x1f, 0x88, 0x3d);
	private static final RGB RED = new RGB(0xcf, 0x22, 0x2e);
	private static final RGB GREY = new RGB(0x8c, 0x95, 0x9f);
	private static final RGB LIGHT = new RGB(0xc8, 0xcd, 0xd3);
	private static final RGB BLUE = new RGB(0x09, 0x69, 0xda);
	private static final RGB WHITE = new RGB(0xff, 0xff, 0xff);

	private final ResourceManager resources;

	/** @param resources owns the images (dispose it with the dialog) */
	StatusIcons(ResourceManager resources) {
		this.resources = resources;
	}

	Image get(Kind kind) {
		return get(kind, 0);
	}

	/** @param frame for {@link Kind#RUNNING}: which of the {@link #RUNNING_FRAMES} positions the arc is at */
	Image get(Kind kind, int frame) {
		return resources.create(descriptor(kind, Math.floorMod(frame, RUNNING_FRAMES)));
	}

	private static final ImageDescriptor[][] DESCRIPTORS = new ImageDescriptor[Kind.values().length][RUNNING_FRAMES];

	private static synchronized ImageDescriptor descriptor(Kind kind, int frame) {
		int f = kind == Kind.RUNNING ? frame : 0;
		ImageDescriptor d = DESCRIPTORS[kind.ordinal()][f];
		if (d == null) {
			// one descriptor per icon, so the resource manager shares one Image per icon
			d = ImageDescriptor.createFromImageDataProvider(zoom -> draw(kind, f, Math.max(16, 16 * zoom / 100)));
			DESCRIPTORS[kind.ordinal()][f] = d;
		}
		return d;
	}

	/** Draws the icon at {@code size} pixels with anti-aliased edges (per-pixel coverage as alpha). */
	static ImageData draw(Kind kind, int frame, int size) {
		ImageData data = new ImageData(size, size, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		byte[] alpha = new byte[size * size];
		double s = size / 16.0;
		double c = 8 * s;
		double radius = 7 * s;
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				double px = x + 0.5;
				double py = y + 0.5;
				double d = Math.hypot(px - c, py - c);
				RGB color;
				double cover;
				switch (kind) {
				case WAITING -> {
					color = GREY;
					cover = ring(d, radius - 0.9 * s, 1.6 * s);
				}
				case RUNNING -> {
					double track = ring(d, radius - 1.1 * s, 2.2 * s);
					double angle = Math.toDegrees(Math.atan2(py - c, px - c)) + 180;
					double start = frame * 360.0 / RUNNING_FRAMES;
					double into = Math.floorMod((int) Math.round(angle - start), 360);
					boolean onArc = into < 110;
					color = onArc ? BLUE : LIGHT;
					cover = track;
				}
				default -> {
					color = kind == Kind.PASSED ? GREEN : kind == Kind.FAILED ? RED : GREY;
					cover = clamp(radius - d + 0.5);
					double glyph = clamp((0.95 - glyphDistance(kind, px / s, py / s)) * s + 0.5);
					color = mix(color, WHITE, glyph);
				}
				}
				data.setPixel(x, y, data.palette.getPixel(color));
				alpha[y * size + x] = (byte) Math.round(255 * cover);
			}
		}
		data.alphaData = alpha;
		return data;
	}

	/** Coverage of a ring of the given middle radius and width. */
	private static double ring(double d, double middle, double width) {
		return clamp(width / 2 - Math.abs(d - middle) + 0.5);
	}

	/** Distance from the white sign's stroke middle, in 16-px units. */
	private static double glyphDistance(Kind kind, double x, double y) {
		return switch (kind) {
			case PASSED -> Math.min(segment(x, y, 4.4, 8.2, 7.0, 10.8), segment(x, y, 7.0, 10.8, 11.6, 5.4));
			case FAILED -> Math.min(segment(x, y, 5.3, 5.3, 10.7, 10.7), segment(x, y, 10.7, 5.3, 5.3, 10.7));
			default -> segment(x, y, 4.8, 8, 11.2, 8);
		};
	}

	private static double segment(double px, double py, double ax, double ay, double bx, double by) {
		double dx = bx - ax;
		double dy = by - ay;
		double t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
		t = Math.max(0, Math.min(1, t));
		return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
	}

	private static double clamp(double v) {
		return Math.max(0, Math.min(1, v));
	}

	private static RGB mix(RGB a, RGB b, double t) {
		return new RGB((int) Math.round(a.red + (b.red - a.red) * t), (int) Math.round(a.green + (b.green - a.green) * t),
				(int) Math.round(a.blue + (b.blue - a.blue) * t));
	}
}
