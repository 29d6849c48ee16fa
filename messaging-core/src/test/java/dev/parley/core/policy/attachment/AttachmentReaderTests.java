package dev.parley.core.policy.attachment;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.management.ThreadMXBean;
import dev.parley.core.policy.AttachmentFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading attachments under bounds: bombs, oversized documents and slow files are refused
 * quickly and with little memory, active content is found wherever it hides.
 */
class AttachmentReaderTests {

	private static final AttachmentReader READER = new AttachmentReader(ExtractionLimits.defaults());

	/** 1 GiB of spaces in about 1 MB: the directory tells the truth. */
	private static final byte[] BOMB = AttachmentFiles.docxBomb(1L << 30, false);

	/** 256 MiB whose directory says 4 KB: only inflating tells. */
	private static final byte[] LYING_BOMB = AttachmentFiles.docxBomb(256L << 20, true);

	@Test
	void aZipBombIsRefusedFromItsDirectoryInMillisecondsAndKilobytes() {
		Measured measured = measure(() -> READER.read(DocumentKind.DOCX, BOMB));

		assertRefused(measured.extraction(), Extraction.Reason.UNREADABLE, "expansion");
		assertThat(measured.millis()).isLessThan(200);
		assertThat(measured.allocated()).isLessThan(2L << 20);
	}

	@Test
	void aZipBombWithLyingSizesStopsAtTheDeclaredSize() {
		Measured measured = measure(() -> READER.read(DocumentKind.DOCX, LYING_BOMB));

		assertRefused(measured.extraction(), Extraction.Reason.UNREADABLE, "expansion");
		assertThat(measured.millis()).isLessThan(300);
		assertThat(measured.allocated()).isLessThan(8L << 20);
	}

	@Test
	void uploadInspectionRefusesTheBombToo() {
		assertRefused(READER.inspect(DocumentKind.DOCX, BOMB), Extraction.Reason.UNREADABLE, "expansion");
	}

	@Test
	void tooManyZipEntriesAreRefused() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("[Content_Types].xml", utf8("<Types/>"));
		entries.put("word/document.xml", utf8("<w:document xmlns:w=\"x\"/>"));
		for (int i = 0; i < 2_100; i++) {
			entries.put("word/media/i" + i + ".xml", new byte[0]);
		}

		assertRefused(READER.read(DocumentKind.DOCX, AttachmentFiles.zip(entries)), Extraction.Reason.UNREADABLE,
				"entries");
	}

	@Test
	void pagesAndCharactersAreBounded() {
		String[] pages = new String[12];
		Arrays.fill(pages, "Page text");
		AttachmentReader tight = new AttachmentReader(new ExtractionLimits(10, 1_000_000, 1L << 26, 100, 100,
				100_000_000L, 4_000_000, Duration.ofSeconds(5)));
		assertRefused(tight.read(DocumentKind.PDF, AttachmentFiles.pdf(pages)), Extraction.Reason.UNREADABLE, "pages");

		byte[] long_ = "word ".repeat(300_000).getBytes(StandardCharsets.US_ASCII);
		assertRefused(READER.read(DocumentKind.TEXT, long_), Extraction.Reason.UNREADABLE, "text");
	}

	@Test
	void theTimeBudgetStopsASlowFile() {
		String[] pages = new String[40];
		Arrays.fill(pages, "A line of text on a page of a long manual\n".repeat(40));
		byte[] pdf = AttachmentFiles.pdf(pages);
		AttachmentReader hurried = new AttachmentReader(
				ExtractionLimits.defaults().withMaxDuration(Duration.ofMillis(1)));

		assertRefused(hurried.read(DocumentKind.PDF, pdf), Extraction.Reason.UNREADABLE, "time");
		Extraction whole = new AttachmentReader(ExtractionLimits.defaults().withMaxDuration(Duration.ofSeconds(30)))
			.read(DocumentKind.PDF, pdf);
		assertThat(whole.parts()).as(String.valueOf(whole.refusal())).hasSize(40);
	}

	@Test
	void pdfPagesComeOutOneByOne() {
		Extraction extraction = READER.read(DocumentKind.PDF, AttachmentFiles.pdf("first page", "second page"));

		assertThat(extraction.refusal()).isNull();
		assertThat(extraction.parts()).extracting(Extraction.Part::number).containsExactly(1, 2);
		assertThat(extraction.parts().get(1).text()).contains("second page");
	}

	@Test
	void docxPagesHeadersAndLinksComeOutApart() {
		Extraction extraction = READER.read(DocumentKind.DOCX,
				AttachmentFiles.docxWithHyperlink("one\ntwo", "https://example.org/x"));

		assertThat(extraction.parts()).extracting(Extraction.Part::kind)
			.containsExactly(Extraction.PartKind.PAGE, Extraction.PartKind.LINKS);
		assertThat(extraction.parts().get(0).text()).isEqualTo("one\ntwo\n");
		assertThat(extraction.parts().get(1).text()).isEqualTo("https://example.org/x");
	}

	@Test
	void aTenMegabytePdfIsReadWithinTheBudget() {
		byte[] pdf = AttachmentFiles.pdfOfSize(10_000_000, "Instructions for use", "Care and cleaning");
		assertThat(pdf.length).isGreaterThan(9_000_000);

		Measured measured = measure(() -> READER.read(DocumentKind.PDF, pdf));

		assertThat(measured.extraction().refusal()).isNull();
		assertThat(measured.extraction().parts()).hasSize(2);
		assertThat(measured.millis()).isLessThan(1_000);
		// the images are not decoded: about the file's size again, not its pixels
		assertThat(measured.allocated()).isLessThan(80L << 20);
	}

	@Test
	void aLargePhotoIsSubsampledBeforeQrCodesAreSearched() {
		byte[] jpeg = AttachmentFiles.jpegOfSize(5_000_000);

		Measured measured = measure(() -> READER.read(DocumentKind.IMAGE, jpeg));

		assertThat(measured.extraction().refusal()).isNull();
		assertThat(measured.extraction().parts()).isEmpty();
		assertThat(measured.millis()).isLessThan(1_500);
	}

	@Test
	void fileNamesLoseTheirBidiControls() {
		assertThat(FileNames.withoutBidiControls("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
		assertThat(FileNames.withoutBidiControls("a\u2066b\u2069c\u200F\u061C.txt")).isEqualTo("abc.txt");
		assertThat(FileNames.withoutBidiControls("plain.pdf")).isEqualTo("plain.pdf");
	}

	private static void assertRefused(Extraction extraction, Extraction.Reason reason, String variant) {
		assertThat(extraction.refusal()).as(String.valueOf(extraction.refusal())).isNotNull();
		assertThat(extraction.refusal().reason()).isEqualTo(reason);
		assertThat(extraction.refusal().variant()).isEqualTo(variant);
		assertThat(extraction.parts()).isEmpty();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * CPU time and bytes allocated by this thread while reading (the best of three runs:
	 * the machine is shared).
	 */
	private static Measured measure(java.util.function.Supplier<Extraction> read) {
		ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
		Measured best = null;
		for (int run = 0; run < 3; run++) {
			long bytes = threads.getCurrentThreadAllocatedBytes();
			long start = threads.getCurrentThreadCpuTime();
			Extraction extraction = read.get();
			Measured measured = new Measured(extraction, (threads.getCurrentThreadCpuTime() - start) / 1_000_000,
					threads.getCurrentThreadAllocatedBytes() - bytes);
			best = (best == null || measured.millis() < best.millis()) ? measured : best;
		}
		return best;
	}

	private record Measured(Extraction extraction, long millis, long allocated) {

	}

}
