package dev.parley.core.policy.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Word 97-2003 documents, with Apache POI: the OLE2 storages are looked at for VBA macros
 * ({@code Macros}, {@code _VBA_PROJECT_CUR}, {@code VBA}) and packaged embedded files
 * ({@code \u0001Ole10Native}); then HWPF extracts the text, cut into pages at hard page
 * breaks (form feeds).
 */
final class DocText {

	private static final Set<String> MACRO_STORAGES = Set.of("macros", "_vba_project_cur", "vba", "_vba_project");

	private static final String PACKAGE = "\u0001Ole10Native";

	private DocText() {
	}

	static void read(byte[] content, Budget budget, boolean text) throws Refused {
		try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			checkStorages(file.getRoot(), budget, 0, new int[1]);
			if (!text) {
				return;
			}
			budget.checkTime();
			String all;
			try (WordExtractor extractor = new WordExtractor(new HWPFDocument(file.getRoot()))) {
				all = extractor.getText();
			}
			budget.checkTime();
			budget.addPages(all);
		}
		catch (IOException | RuntimeException ex) {
			throw Refused.unreadable("corrupt", ex.getClass().getSimpleName());
		}
	}

	private static void checkStorages(DirectoryEntry directory, Budget budget, int depth, int[] count) throws Refused {
		if (depth > 16) {
			throw Refused.unreadable("corrupt", "nesting");
		}
		for (Entry entry : directory) {
			if (++count[0] > budget.limits().maxZipEntries()) {
				throw Refused.unreadable("entries", Integer.toString(count[0]));
			}
			String name = entry.getName();
			if (MACRO_STORAGES.contains(name.toLowerCase(Locale.ROOT))) {
				throw Refused.active("macro", name);
			}
			if (name.equals(PACKAGE)) {
				throw Refused.active("embedded", "Ole10Native");
			}
			if (entry instanceof DirectoryEntry child) {
				checkStorages(child, budget, depth + 1, count);
			}
		}
	}

}
