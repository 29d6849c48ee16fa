package dev.parley.core.policy.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.stream.ImageInputStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;

/**
 * QR codes in images, with ZXing: the image's size is read from its header, the image is
 * decoded subsampled to a few megapixels (a 5 MB photo costs a fraction of its full
 * decode), with the decoder aborted when the time budget runs out, turned into grey
 * levels (transparent pixels as white paper) and searched for QR codes.
 */
final class QrCodes {

	private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
			DecodeHintType.POSSIBLE_FORMATS, java.util.List.of(BarcodeFormat.QR_CODE));

	private QrCodes() {
	}

	static void read(byte[] content, Budget budget) throws Refused {
		BufferedImage image = decode(content, budget);
		budget.checkTime();
		int width = image.getWidth();
		int height = image.getHeight();
		byte[] grey = new byte[width * height];
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x++) {
				int argb = row[x];
				int alpha = argb >>> 24;
				int luminance = (((argb >> 16) & 0xff) * 299 + ((argb >> 8) & 0xff) * 587 + (argb & 0xff) * 114) / 1000;
				grey[y * width + x] = (byte) ((luminance * alpha + 255 * (255 - alpha)) / 255);
			}
		}
		image = null;
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new PlanarYUVLuminanceSource(grey, width, height, 0, 0, width, height, false)));
		Result[] results;
		try {
			results = new QRCodeMultiReader().decodeMultiple(bitmap, HINTS);
		}
		catch (NotFoundException ex) {
			results = new Result[0];
		}
		if (results.length == 0) {
			// the multi-reader misses some single codes the plain reader finds
			try {
				results = new Result[] { new QRCodeReader().decode(bitmap, HINTS) };
			}
			catch (com.google.zxing.ReaderException ex) {
				return;
			}
		}
		budget.checkTime();
		int number = 1;
		for (Result result : results) {
			budget.add(Extraction.PartKind.QR_CODE, number++, result.getText());
		}
	}

	private static BufferedImage decode(byte[] content, Budget budget) throws Refused {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = (input != null) ? ImageIO.getImageReaders(input) : null;
			if (readers == null || !readers.hasNext()) {
				throw Refused.unreadable("corrupt", "no image reader");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > budget.limits().maxImagePixels()) {
					throw Refused.unreadable("pixels", reader.getWidth(0) + " x " + reader.getHeight(0));
				}
				int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) pixels / budget.limits().qrPixels())));
				ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceSubsampling(step, step, 0, 0);
				reader.addIIOReadProgressListener(new Abort(budget));
				BufferedImage image = reader.read(0, param);
				budget.checkTime();
				if (image == null) {
					throw Refused.unreadable("corrupt", "empty image");
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			throw Refused.unreadable("corrupt", ex.getClass().getSimpleName());
		}
	}

	/** Aborts decoding once the time budget is spent. */
	private record Abort(Budget budget) implements IIOReadProgressListener {

		@Override
		public void imageProgress(ImageReader source, float percentageDone) {
			if (this.budget.overTime()) {
				source.abort();
			}
		}

		@Override
		public void sequenceStarted(ImageReader source, int minIndex) {
		}

		@Override
		public void sequenceComplete(ImageReader source) {
		}

		@Override
		public void imageStarted(ImageReader source, int imageIndex) {
		}

		@Override
		public void imageComplete(ImageReader source) {
		}

		@Override
		public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
		}

		@Override
		public void thumbnailProgress(ImageReader source, float percentageDone) {
		}

		@Override
		public void thumbnailComplete(ImageReader source) {
		}

		@Override
		public void readAborted(ImageReader source) {
		}

	}

}
